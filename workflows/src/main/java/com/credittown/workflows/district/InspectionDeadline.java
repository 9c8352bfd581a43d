package com.credittown.workflows.district;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** When the inspection of an applicant shop is due: N working days after the credit check, on the city calendar. */
@Component
class InspectionDeadline {

    private final WorkingDayCalendar calendar;

    InspectionDeadline(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Due from(LocalDate checkedOn, int workingDays) {
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(checkedOn, workingDays);
        LocalDate due = answer.value();
        return new Due(due, due.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant(), answer.flagged());
    }

    /**
     * @param date     the last day on which the inspection is on time
     * @param passesAt the moment the deadline has passed (the start of the next day in the city)
     * @param flagged  the calendar of a year the computation crossed has not been entered
     */
    record Due(LocalDate date, Instant passesAt, boolean flagged) {
    }
}
