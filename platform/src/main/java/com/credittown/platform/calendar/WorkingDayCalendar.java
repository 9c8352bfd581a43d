package com.credittown.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days (工作日) on the State Council's holiday calendar, as entered by the city office: a day is a working
 * day when the notice makes it one (调休上班), or when it is Monday to Friday and not a holiday. Legal deadlines such
 * as "within 3 working days of acceptance" are computed here.
 *
 * <p>A year with no calendar entered is not an error: the computation counts Monday to Friday as working days for
 * it and names the year in {@link WorkingDayAnswer#uncoveredYears()}, so the answer can be shown flagged. A year
 * counts as touched when the computation had to decide whether one of its days is a working day.
 */
public final class WorkingDayCalendar {

    private final CalendarYears years;

    public WorkingDayCalendar(CalendarYears years) {
        this.years = Objects.requireNonNull(years, "years");
    }

    /** Whether the date is a working day; flagged if its year has no calendar. */
    public WorkingDayAnswer<Boolean> isWorkingDay(LocalDate date) {
        CalendarLookup lookup = new CalendarLookup(years);
        return lookup.answer(lookup.isWorkingDay(date));
    }

    /**
     * The day a deadline of {@code n} working days counted from {@code start} falls on.
     * <ul>
     *   <li>{@code n > 0}: the n-th working day after {@code start}. {@code start} itself never counts, whether or
     *   not it is a working day: a case accepted on Friday 2024-09-27 with a 3-working-day limit must be decided by
     *   Tuesday 2024-10-08 (Sunday 29 September and Monday 30 September are the first two; 1–7 October are off).
     *   The deadline is met by acting any time on that day.</li>
     *   <li>{@code n = 0}: {@code start} if it is a working day, otherwise the first working day after it.</li>
     * </ul>
     * The years touched are those of the days from the day after {@code start} (from {@code start} itself when
     * {@code n = 0}) to the answer.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public WorkingDayAnswer<LocalDate> addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        CalendarLookup lookup = new CalendarLookup(years);
        LocalDate day = start;
        if (n == 0) {
            while (!lookup.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return lookup.answer(day);
        }
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (lookup.isWorkingDay(day)) {
                counted++;
            }
        }
        return lookup.answer(day);
    }

    /**
     * The number of working days from {@code from} (included) to {@code toExclusive} (excluded). If {@code from} is
     * after {@code toExclusive}, the count of {@code [toExclusive, from)} negated, so that
     * {@code between(a, b) == -between(b, a)}. Zero when both are the same day. The years touched are those of the
     * days counted over.
     */
    public WorkingDayAnswer<Integer> workingDaysBetween(LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (from.isAfter(toExclusive)) {
            WorkingDayAnswer<Integer> reverse = workingDaysBetween(toExclusive, from);
            return new WorkingDayAnswer<>(-reverse.value(), reverse.uncoveredYears());
        }
        CalendarLookup lookup = new CalendarLookup(years);
        int count = 0;
        for (LocalDate day = from; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (lookup.isWorkingDay(day)) {
                count++;
            }
        }
        return lookup.answer(count);
    }
}
