package com.credittown.platform.credit;

/**
 * A credit record was added or changed state (published, publicity ended, archived).
 *
 * @param ownerTenant the tenant that recorded it, {@code null} for the city
 */
public record CreditRecordChanged(String ownerTenant, long subjectId, long recordId, RecordKind kind,
                                  RecordState state) {
}
