package com.credittown.workflows.commitment;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A deadline of the commitment process, N working days on the city calendar: the verification after publication,
 * the rectification after an order to rectify.
 */
@Component
class VerificationDeadline {

    private final WorkingDayCalendar calendar;
    VerificationDeadline(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The deadline {@code workingDays} working days after {@code publishedOn} (the case's template parameter). */
    Due from(LocalDate publishedOn, int workingDays) {
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(publishedOn, workingDays);
        LocalDate due = answer.value();
        Instant passesAt = due.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant();
        return new Due(due, passesAt, answer.flagged());
    }

    /**
     * @param date     the last day on which verification is on time
     * @param passesAt the moment the deadline has passed (the start of the next day in the city)
     * @param flagged  the calendar of a year the computation crossed has not been entered
     */
    record Due(LocalDate date, Instant passesAt, boolean flagged) {
    }
}
