package com.credittown.platform.calendar;

import java.util.Optional;

/**
 * Where the entered calendar years come from: in the application the years the city office maintains, stored in the
 * database and held in memory ({@code DatabaseCalendarYears}); in unit tests and when reading the shipped files,
 * {@link InMemoryCalendarYears}. Implementations answer from memory: working-day arithmetic calls this per day.
 */
public interface CalendarYears {

    /** The schedule of the year, or empty if the city office has not entered it. */
    Optional<CalendarYear> find(int year);
}
