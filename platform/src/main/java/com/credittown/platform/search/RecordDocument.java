package com.credittown.platform.search;

/**
 * A credit record in the index {@code <prefix>-records}, with its subject's name and code so a record is found by
 * them too. Dates and times are ISO-8601 strings (like {@link SubjectDocument}).
 */
public record RecordDocument(String tenant, String id, String subjectId, String subjectName, String subjectCode,
                             String kind, String severity, String state, String title, String department,
                             String decisionDate, String legalBasis, String updatedAt) {
}
