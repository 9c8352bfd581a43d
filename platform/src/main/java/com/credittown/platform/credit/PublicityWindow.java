package com.credittown.platform.credit;

import java.time.LocalDate;

/**
 * When a record's publicity may and must end, counted from its decision date. From {@code earliestEnd} on, the
 * publicity may end by repair; on {@code latestEnd} it ends by itself. Both are dates in the city's zone.
 *
 * @param earliestEnd decision date plus the minimum period of the record's severity
 * @param latestEnd   decision date plus the maximum period of the record's severity
 */
public record PublicityWindow(LocalDate earliestEnd, LocalDate latestEnd) {

    public boolean repairAllowedOn(LocalDate day) {
        return !day.isBefore(earliestEnd);
    }

    public boolean expiredOn(LocalDate day) {
        return !day.isBefore(latestEnd);
    }
}
