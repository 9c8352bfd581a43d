package com.credittown.platform.credit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A credit record as shown to callers.
 *
 * @param publicity   the publicity window, {@code null} for a record without severity
 * @param ownerTenant the tenant that recorded it and alone changes it; {@code null} for the city
 * @param open        whether it is public credit information, read by every tenant's officers
 * @param underObjection 异议处理中: an objection against it is being examined by its owner
 */
public record RecordView(long id, long subjectId, RecordKind kind, Severity severity, String department,
                         LocalDate decisionDate, String legalBasis, String title, String summary, RecordState state,
                         PublicityWindow publicity, Instant recordedAt, String recordedBy,
                         PublicityEndReason publicityEndReason, Instant publicityEndedAt, String publicityEndNote,
                         Instant archivedAt, String ownerTenant, boolean open,
                         boolean underObjection) {
}
