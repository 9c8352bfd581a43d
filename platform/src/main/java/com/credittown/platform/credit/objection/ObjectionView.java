package com.credittown.platform.credit.objection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection as its readers see it.
 *
 * @param ownerTenant     the tenant that recorded the record and examines the objection; {@code null}: the city
 *                        recorded it and the city office examines it
 * @param raisedInTenant  the tenant whose merchant portal or officer raised it
 * @param onBehalf        raised by an officer on the subject's behalf
 * @param due             the last day of the examination (working days on the city calendar, the city's setting)
 * @param dueFlagged      the calendar of a year the period crosses is missing: the day was counted without holidays
 * @param overdue         still examined after its last day
 * @param effectSuspended the record's effect is (or was) suspended while examined
 * @param basis           the basis users read: the national point and the city's settings as such
 * @param listEntry       the record is a severe-dishonesty list entry: the city office, which decided the inclusion,
 *                        examines the objection on its own path ({@code ownerTenant} is the proposing tenant)
 */
public record ObjectionView(long id, long subjectId, String subjectCode, String subjectName, long recordId,
                            String recordTitle, String recordDepartment, ObjectionConcern concerns,
                            String ownerTenant, String raisedInTenant, String raisedBy, boolean onBehalf,
                            String reasons, ObjectionStatus status, Instant raisedAt, LocalDate due,
                            boolean dueFlagged, boolean overdue, boolean effectSuspended, ObjectionOutcome outcome,
                            String decisionReason, Instant decidedAt, String decidedBy, Long correctedRecordId,
                            String basis, boolean listEntry) {

    /** Whether the city office examines and decides it (the city's own record, or a severe-list entry). */
    public boolean examinedByCity() {
        return ownerTenant == null || listEntry;
    }
}
