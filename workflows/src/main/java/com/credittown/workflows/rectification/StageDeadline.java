package com.credittown.workflows.rectification;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** When a stage of a rectification case is due: N working days after today on the city calendar. */
@Component
class StageDeadline {

    private final WorkingDayCalendar calendar;

    StageDeadline(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Due from(LocalDate today, int workingDays) {
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(today, workingDays);
        LocalDate due = answer.value();
        return new Due(due, due.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant(), answer.flagged());
    }

    /**
     * @param date     the last day on which the stage is on time
     * @param passesAt the moment the deadline has passed (the start of the next day in the city)
     * @param flagged  the calendar of a year the computation crossed has not been entered
     */
    record Due(LocalDate date, Instant passesAt, boolean flagged) {
    }
}
