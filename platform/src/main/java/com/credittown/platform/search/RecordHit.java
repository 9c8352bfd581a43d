package com.credittown.platform.search;

/**
 * A credit record found by search, with its tenant and the path (REST) and route (UI) of its subject's archive,
 * where the record is shown. {@code underObjection}: 异议处理中, an objection against it is examined.
 */
public record RecordHit(String tenant, long id, long subjectId, String subjectName, String subjectCode, String kind,
                        String severity, String state, String title, String department, String decisionDate,
                        String updatedAt, boolean underObjection, String archivePath,
                        String link) implements SearchHit {
}
