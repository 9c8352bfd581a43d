package com.credittown.platform.credit;

/**
 * A credit record was added or changed state (published, publicity ended, archived).
 *
 * @param ownerTenant the tenant that recorded it, {@code null} for the city
 * @param created     the record was made in this transaction (nothing can refer to it yet: a listener need not look
 *                    for what it made for the record earlier, e.g. the repair notice of a penalty)
 */
public record CreditRecordChanged(String ownerTenant, long subjectId, long recordId, RecordKind kind,
                                  RecordState state, boolean created) {

    /** A change of an existing record (or one a caller does not say it made). */
    public CreditRecordChanged(String ownerTenant, long subjectId, long recordId, RecordKind kind,
                               RecordState state) {
        this(ownerTenant, subjectId, recordId, kind, state, false);
    }
}
