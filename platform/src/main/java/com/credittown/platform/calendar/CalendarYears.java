package com.credittown.platform.calendar;

import java.util.Optional;

/**
 * Where the entered calendar years come from: today the files shipped on the classpath
 * ({@link InMemoryCalendarYears}), later the years the city office maintains through the API.
 */
public interface CalendarYears {

    /** The schedule of the year, or empty if the city office has not entered it. */
    Optional<CalendarYear> find(int year);
}
