package com.credittown.platform.calendar;

import java.time.Instant;

/**
 * A stored calendar year at a glance.
 *
 * @param year                    the calendar year
 * @param source                  the notice it follows
 * @param holidayCount            how many days off it lists
 * @param adjustedWorkingDayCount how many weekend days it makes working days
 * @param updatedAt               when it was last entered
 * @param updatedBy               who entered it ({@code system} for a year taken from the shipped files)
 */
public record CalendarYearSummary(int year, String source, int holidayCount, int adjustedWorkingDayCount,
                                  Instant updatedAt, String updatedBy) {
}
