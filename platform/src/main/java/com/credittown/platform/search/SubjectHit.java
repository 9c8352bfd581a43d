package com.credittown.platform.search;

import java.util.List;

/** A credit subject found by search, with the path of its archive in the REST API. */
public record SubjectHit(long id, String code, String name, String kind, String grade, Integer score,
                         List<String> tags, String updatedAt, String archivePath) {
}
