package com.credittown.platform.credit.publication;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The 双公示 deadline: a decision is published on time when published within the configured number of working days
 * (7 by default) of the decision on the city calendar. The decision day itself does not count, the publication day
 * does, as with {@link WorkingDayCalendar#addWorkingDays}: published on the day of the decision is 0 working days.
 */
final class PublicationDeadline {

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    PublicationDeadline(WorkingDayCalendar calendar, int workingDays) {
        this.calendar = calendar;
        this.workingDays = workingDays;
    }

    Timeliness of(LocalDate decided, LocalDate published) {
        WorkingDayAnswer<Integer> days = calendar.workingDaysBetween(decided.plusDays(1), published.plusDays(1));
        int count = Math.max(days.value(), 0);
        return new Timeliness(count, count <= workingDays, days.flagged());
    }
}
