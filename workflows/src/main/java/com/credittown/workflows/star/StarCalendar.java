package com.credittown.workflows.star;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The periods of the selection: review deadlines in working days (the platform's {@link Deadline}); the publicity
 * period in the unit the template's {@code publicityUnit} parameter sets (a city setting: working days by default,
 * calendar days where a city or town chooses them; no document prescribes the unit).
 */
@Component
class StarCalendar {

    private final WorkingDayCalendar calendar;

    StarCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A review due {@code workingDays} working days after {@code from} on the city calendar. */
    Deadline reviewDue(LocalDate from, int workingDays) {
        return Deadline.afterWorkingDays(from, workingDays, calendar);
    }

    /**
     * The publicity period of a nomination approved on {@code approvedOn}: {@code days} working days on the city
     * calendar (调休 days count, holidays do not) or calendar days, the day of approval not counted (as periods are
     * counted in civil law), so it runs from the next day to the {@code days}-th day and has passed at 00:00 in the
     * city on the day after.
     */
    PublicityPeriod publicity(LocalDate approvedOn, int days, PublicityUnit unit) {
        Deadline end = unit == PublicityUnit.CALENDAR_DAYS
                ? Deadline.on(approvedOn.plusDays(days))
                : Deadline.afterWorkingDays(approvedOn, days, calendar);
        return new PublicityPeriod(approvedOn.plusDays(1), end);
    }
}
