package com.credittown.platform.search;

import java.util.List;

/**
 * A credit subject in the index {@code credittown-subjects}. Times are ISO-8601 strings (the client's JSON mapper
 * does not need a java.time module for them).
 */
public record SubjectDocument(String tenant, String id, String code, String name, String kind, String grade,
                              Integer score, List<String> tags, String createdAt, String updatedAt) {
}
