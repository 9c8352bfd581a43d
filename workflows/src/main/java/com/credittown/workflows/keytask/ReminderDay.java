package com.credittown.workflows.keytask;

import com.credittown.platform.calendar.WorkingDayAnswer;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Set;

/**
 * The day a key task's reminder falls on: a number of working days before its deadline on the city calendar, flagged
 * when the count crossed a year whose calendar has not been entered.
 */
final class ReminderDay {

    private ReminderDay() {
    }

    /** The day {@code n} working days before the deadline on the city calendar. */
    static WorkingDayAnswer<LocalDate> before(WorkingDayCalendar calendar, LocalDate deadline, int n) {
        LocalDate day = deadline;
        Set<Integer> uncovered = new java.util.TreeSet<>();
        int counted = 0;
        while (counted < n) {
            day = day.minusDays(1);
            WorkingDayAnswer<Boolean> working = calendar.isWorkingDay(day);
            uncovered.addAll(working.uncoveredYears());
            if (working.value()) {
                counted++;
            }
        }
        return new WorkingDayAnswer<>(day, uncovered);
    }
}
