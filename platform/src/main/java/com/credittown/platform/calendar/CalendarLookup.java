package com.credittown.platform.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The calendar years one computation uses: looks each year up once and remembers the years with no calendar, for
 * which it counts Monday to Friday as working days. Not thread-safe; one per computation.
 */
final class CalendarLookup {

    private final CalendarYears source;
    private final Map<Integer, Optional<CalendarYear>> years = new HashMap<>();
    private final Set<Integer> uncoveredYears = new TreeSet<>();

    CalendarLookup(CalendarYears source) {
        this.source = source;
    }

    boolean isWorkingDay(LocalDate date) {
        Optional<CalendarYear> year = years.computeIfAbsent(date.getYear(), source::find);
        if (year.isPresent()) {
            return year.get().isWorkingDay(date);
        }
        uncoveredYears.add(date.getYear());
        return !CalendarYear.isWeekend(date);
    }

    <T> WorkingDayAnswer<T> answer(T value) {
        return new WorkingDayAnswer<>(value, uncoveredYears);
    }
}
