package com.credittown.platform.search;

import java.util.List;

/**
 * A credit record of the city's archive in the index {@code <prefix>-records}, with its subject's name and code so a
 * record is found by them too. Dates and times are ISO-8601 strings (like {@link SubjectDocument}).
 *
 * @param tenant  the tenant that recorded it ({@code null} for the city)
 * @param underObjection 异议处理中: an objection against it is examined by its owner
 * @param readers        who may find it ({@link TenantSearchFilter}): {@code *} while it is public credit
 *                       information (not while an objection suspends its effect), otherwise its owner
 */
public record RecordDocument(String tenant, String id, String subjectId, String subjectName, String subjectCode,
                             String kind, String severity, String state, String title, String department,
                             String decisionDate, String legalBasis, String updatedAt, Boolean underObjection,
                             List<String> readers) {
}
