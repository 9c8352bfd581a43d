package com.credittown.platform.search;

import java.util.List;

/**
 * A credit subject found by search, with its tenant, the path of its archive in the REST API and the UI route of
 * its archive page ({@code tenants/{t}/subjects/{id}}).
 */
public record SubjectHit(String tenant, long id, String code, String name, String kind, String grade, Integer score,
                         List<String> tags, String updatedAt, String archivePath, String link) implements SearchHit {
}
