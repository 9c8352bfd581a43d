package com.credittown.workflows.star;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The periods of the selection: review deadlines in working days; the publicity period in the unit the template's
 * {@code publicityUnit} parameter sets (a city setting: working days by default, calendar days where a city or town
 * chooses them; no document prescribes the unit).
 */
@Component
class StarCalendar {

    private final WorkingDayCalendar calendar;

    StarCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A review due {@code workingDays} working days after {@code from} on the city calendar. */
    Due reviewDue(LocalDate from, int workingDays) {
        WorkingDayAnswer<LocalDate> answer = calendar.addWorkingDays(from, workingDays);
        return new Due(answer.value(), startOf(answer.value().plusDays(1)), answer.flagged());
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
        if (unit == PublicityUnit.CALENDAR_DAYS) {
            LocalDate lastDay = approvedOn.plusDays(days);
            return new Publicity(approvedOn.plusDays(1), lastDay, startOf(lastDay.plusDays(1)), false);
        }
        WorkingDayAnswer<LocalDate> last = calendar.addWorkingDays(approvedOn, days);
        return new Publicity(approvedOn.plusDays(1), last.value(), startOf(last.value().plusDays(1)), last.flagged());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PlatformClock.CITY_ZONE).toInstant();
    }

    /**
     * @param date     the last day on which the review is on time
     * @param passesAt the moment the deadline has passed
     * @param flagged  the calendar of a year the computation crossed has not been entered
     */
    record Due(LocalDate date, Instant passesAt, boolean flagged) {
    }

    /**
     * The first and last day of publicity, and the moment it has passed (objections are refused from then on);
     * {@code flagged} when the calendar of a year the count crossed has not been entered.
     */
    record Publicity(LocalDate firstDay, LocalDate lastDay, Instant closesAt, boolean flagged) {
    }
}
