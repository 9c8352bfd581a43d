package com.credittown.ui.tasks;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How urgent a task's deadline is, in working days left on the city calendar: overdue (red), near (amber, at most
 * the configured number of working days left) or normal.
 *
 * @param workingDaysLeft working days from today (included) to the due day (excluded); null without a deadline
 * @param flagged         the count touched a year with no calendar entered
 */
record DeadlineStatus(Level level, Integer workingDaysLeft, boolean flagged) {

    enum Level { NONE, NORMAL, NEAR, OVERDUE }

    static DeadlineStatus of(Instant dueAt, Instant now, WorkingDayCalendar calendar, int amberWorkingDays) {
        if (dueAt == null) {
            return new DeadlineStatus(Level.NONE, null, false);
        }
        if (dueAt.isBefore(now)) {
            return new DeadlineStatus(Level.OVERDUE, 0, false);
        }
        LocalDate today = LocalDate.ofInstant(now, PlatformClock.CITY_ZONE);
        LocalDate due = LocalDate.ofInstant(dueAt, PlatformClock.CITY_ZONE);
        WorkingDayAnswer<Integer> left = calendar.workingDaysBetween(today, due);
        Level level = left.value() <= amberWorkingDays ? Level.NEAR : Level.NORMAL;
        return new DeadlineStatus(level, left.value(), left.flagged());
    }

    String cssClass() {
        return "deadline-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }

    String colour() {
        return switch (level) {
            case OVERDUE -> "var(--lumo-error-text-color)";
            case NEAR -> "#b26a00";
            default -> "inherit";
        };
    }
}
