package com.credittown.platform.credit.rule;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a rule needs to know of one record of the city's archive, whoever recorded it.
 *
 * @param ownerTenant the tenant that recorded it, {@code null} for the city
 * @param open            whether it is public credit information; a refusal names a record that is not only by its
 *                        kind and holder, since the caller may not be allowed to read it
 * @param minPublicityEnd the earliest day its publicity may end by repair, {@code null} if it has no window
 * @param legalBasis      the record's own legal basis as its recorder entered it
 */
public record ArchiveFact(long id, RecordKind kind, Severity severity, RecordState state, String title,
                          String department, String ownerTenant, LocalDate decisionDate, Instant publicityEndedAt,
                          Instant archivedAt, boolean open, LocalDate minPublicityEnd, String legalBasis) {

    /** What the rules read of a record as a caller sees it. */
    public static ArchiveFact of(com.credittown.platform.credit.RecordView v) {
        return new ArchiveFact(v.id(), v.kind(), v.severity(), v.state(), v.title(), v.department(), v.ownerTenant(),
                v.decisionDate(), v.publicityEndedAt(), v.archivedAt(), v.open(),
                v.publicity() == null ? null : v.publicity().earliestEnd(), v.legalBasis());
    }

    /** Whether the minimum publicity period has passed on this day (a record without a window has none). */
    boolean minimumPeriodPassed(LocalDate day) {
        return minPublicityEnd == null || !day.isBefore(minPublicityEnd);
    }

    boolean inPublicity() {
        return state == RecordState.PUBLISHED;
    }

    /** Decided by the period's last day, and its publicity had not ended before the period's first day began. */
    boolean inPublicityDuring(LocalDate firstDay, LocalDate lastDay) {
        if (decisionDate.isAfter(lastDay)) {
            return false;
        }
        Instant ended = publicityEndedAt != null ? publicityEndedAt : archivedAt;
        return ended == null || !ended.isBefore(firstDay.atStartOfDay(PlatformClock.CITY_ZONE).toInstant());
    }
}
