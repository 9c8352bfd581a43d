package com.credittown.workflows.star;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
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

    /** How the publicity period is counted. */
    enum PublicityUnit {
        WORKING_DAYS, CALENDAR_DAYS;

        /** The parameter's value; working days when a case has none (started before the parameter existed). */
        static PublicityUnit of(Object value) {
            if (value == null || value.toString().isBlank()) {
                return WORKING_DAYS;
            }
            try {
                return valueOf(value.toString().strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("publicityUnit must be WORKING_DAYS or CALENDAR_DAYS, not '"
                        + value + "'", e);
            }
        }
    }

    /**
     * The publicity period of a nomination approved on {@code approvedOn}: {@code days} working days on the city
     * calendar (调休 days count, holidays do not) or calendar days, the day of approval not counted (as periods are
     * counted in civil law), so it runs from the next day to the {@code days}-th day and has passed at 00:00 in the
     * city on the day after.
     */
    Publicity publicity(LocalDate approvedOn, int days, PublicityUnit unit) {
        Deadline end = unit == PublicityUnit.CALENDAR_DAYS
                ? Deadline.on(approvedOn.plusDays(days))
                : Deadline.afterWorkingDays(approvedOn, days, calendar);
        return new Publicity(approvedOn.plusDays(1), end);
    }

    /**
     * The first day of publicity and its end: the last day, the moment it has passed (objections are refused from
     * then on), flagged when the calendar of a year the count crossed has not been entered.
     */
    record Publicity(LocalDate firstDay, Deadline end) {

        LocalDate lastDay() {
            return end.date();
        }

        Instant closesAt() {
            return end.passesAt();
        }

        boolean flagged() {
            return end.flagged();
        }
    }
}
