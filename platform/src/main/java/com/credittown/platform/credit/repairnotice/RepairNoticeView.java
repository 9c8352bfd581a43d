package com.credittown.platform.credit.repairnotice;

import com.credittown.platform.credit.Severity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A repair notice as the merchant and the officers read it.
 *
 * @param repairableFrom the day from which repair may be applied for: the end of the record's minimum publicity
 *                       period (its decision date where there is none)
 * @param repairableNow  whether that day has come
 * @param howToApply     how to apply, in the merchant's words
 * @param basis          the basis: the national point cited
 */
public record RepairNoticeView(long id, long recordId, long subjectId, String ownerTenant, String department,
                               String recordTitle, Severity severity, LocalDate decisionDate,
                               LocalDate repairableFrom, boolean repairableNow, Instant servedAt, String servedBy,
                               String howToApply, String basis) {
}
