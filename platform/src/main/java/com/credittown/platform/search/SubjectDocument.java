package com.credittown.platform.search;

import java.util.List;

/**
 * A credit subject of the city's archive in the index {@code credittown-subjects}. Times are ISO-8601 strings (the
 * client's JSON mapper does not need a java.time module for them).
 *
 * @param tenant  the tenant that registered it ({@code null} for the city): informational, not a filter
 * @param readers who may find it ({@link TenantSearchFilter}): {@code *} for every tenant, or tenant codes
 */
public record SubjectDocument(String tenant, String id, String code, String name, String kind, String grade,
                              Integer score, List<String> tags, String createdAt, String updatedAt,
                              List<String> readers) {
}
