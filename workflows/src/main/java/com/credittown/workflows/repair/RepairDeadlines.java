package com.credittown.workflows.repair;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The deadlines of a repair application in working days on the city calendar: acceptance N working days after
 * the application, the result M working days after acceptance, an extension K working days after the result due.
 */
@Component
class RepairDeadlines {

    private final WorkingDayCalendar calendar;

    RepairDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The last day {@code workingDays} working days after {@code from} (which never counts itself). */
    Due after(LocalDate from, int workingDays) {
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(from, workingDays);
        LocalDate due = answer.value();
        return new Due(due, due.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant(), answer.flagged());
    }

    /**
     * @param date     the last day on which acting is on time
     * @param passesAt the moment the deadline has passed (00:00 in the city on the next day)
     * @param flagged  the calendar of a year the computation crossed has not been entered
     */
    record Due(LocalDate date, Instant passesAt, boolean flagged) {
    }
}
