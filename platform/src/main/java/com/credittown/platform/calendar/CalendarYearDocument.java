package com.credittown.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A calendar year in the documented JSON format of the calendar files ({@code docs/calendar-format.md}), for
 * answers of the API. Dates are ISO {@code yyyy-MM-dd}, in date order.
 */
record CalendarYearDocument(int year, String source, List<Day> holidays, List<Day> adjustedWorkingDays) {

    record Day(String date, String name) {
    }

    static CalendarYearDocument of(CalendarYear calendar) {
        return new CalendarYearDocument(calendar.year(), calendar.source(), days(calendar.holidays()),
                days(calendar.adjustedWorkingDays()));
    }

    private static List<Day> days(Map<LocalDate, String> days) {
        return days.entrySet().stream().map(day -> new Day(day.getKey().toString(), day.getValue())).toList();
    }
}
