package com.credittown.platform.credit;

import com.credittown.platform.tenancy.TenantId;

/** A credit record was added or changed state (published, publicity ended, archived). */
public record CreditRecordChanged(TenantId tenant, long subjectId, long recordId, RecordKind kind,
                                  RecordState state) {
}
