package com.credittown.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year of the State Council's public-holiday schedule (国务院办公厅关于部分节假日安排的通知), as the city office
 * enters it. A day of the year is a working day when it is an adjusted working day (调休上班), or when it is Monday
 * to Friday and not a holiday.
 *
 * @param year                the calendar year
 * @param source              the notice the data follows, e.g. "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）"
 * @param holidays            every day off the notice lists, weekend days included, with its name (e.g. 春节)
 * @param adjustedWorkingDays Saturdays and Sundays the notice makes working days, with their name
 *                            (e.g. 春节调休上班)
 */
public record CalendarYear(int year, String source, Map<LocalDate, String> holidays,
                           Map<LocalDate, String> adjustedWorkingDays) {

    /** The longest {@link #source()} accepted, in characters. */
    public static final int MAX_SOURCE_LENGTH = 500;

    /** The longest name of a holiday or an adjusted working day accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    static final String HOLIDAYS = "holidays";

    static final String ADJUSTED_WORKING_DAYS = "adjustedWorkingDays";

    /**
     * Checks the rules and keeps unmodifiable copies of the maps, in date order.
     *
     * @throws InvalidCalendarException if a date is outside the year, an adjusted working day is not a Saturday or
     *                                  Sunday, a date is both a holiday and an adjusted working day, or a name or
     *                                  the source is missing or longer than {@link #MAX_NAME_LENGTH} or
     *                                  {@link #MAX_SOURCE_LENGTH} characters
     */
    public CalendarYear {
        if (source == null || source.isBlank()) {
            throw InvalidCalendarException.at("source",
                    "Calendar " + year + " names no source (the notice it follows)");
        }
        source = source.strip();
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw InvalidCalendarException.at("source", "The source of calendar " + year + " is longer than "
                    + MAX_SOURCE_LENGTH + " characters");
        }
        holidays = checkedCopy(year, HOLIDAYS, "holiday", holidays);
        adjustedWorkingDays = checkedCopy(year, ADJUSTED_WORKING_DAYS, "adjusted working day", adjustedWorkingDays);
        for (Map.Entry<LocalDate, String> adjusted : adjustedWorkingDays.entrySet()) {
            LocalDate date = adjusted.getKey();
            if (!isWeekend(date)) {
                throw InvalidCalendarException.atDay(ADJUSTED_WORKING_DAYS, date, "Adjusted working day "
                        + describe(adjusted) + " is a " + date.getDayOfWeek().getDisplayName(TextStyle.FULL,
                        Locale.ENGLISH) + "; only a Saturday or Sunday can become a working day");
            }
            if (holidays.containsKey(date)) {
                throw InvalidCalendarException.atDay(ADJUSTED_WORKING_DAYS, date,
                        date + " is listed both as a holiday (" + holidays.get(date)
                        + ") and as an adjusted working day (" + adjusted.getValue() + ")");
            }
        }
    }

    /**
     * Whether the date is a working day under this year's schedule.
     *
     * @throws IllegalArgumentException if the date is not in this year
     */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not in calendar year " + year);
        }
        if (adjustedWorkingDays.containsKey(date)) {
            return true;
        }
        return !holidays.containsKey(date) && !isWeekend(date);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, String> checkedCopy(int year, String list, String kind,
                                                      Map<LocalDate, String> days) {
        if (days == null) {
            throw InvalidCalendarException.at(list,
                    "Calendar " + year + " has no list of " + kind + "s (use an empty one)");
        }
        TreeMap<LocalDate, String> copy = new TreeMap<>();
        for (Map.Entry<LocalDate, String> day : days.entrySet()) {
            if (day.getKey() == null) {
                throw InvalidCalendarException.at(list, "Calendar " + year + " has a " + kind + " without a date");
            }
            if (day.getKey().getYear() != year) {
                throw InvalidCalendarException.atDay(list, day.getKey(),
                        capitalised(kind) + " " + describe(day) + " is not in " + year);
            }
            if (day.getValue() == null || day.getValue().isBlank()) {
                throw InvalidCalendarException.atDay(list, day.getKey(),
                        capitalised(kind) + " " + day.getKey() + " has no name");
            }
            if (day.getValue().strip().length() > MAX_NAME_LENGTH) {
                throw InvalidCalendarException.atDay(list, day.getKey(), capitalised(kind) + " " + day.getKey()
                        + " has a name longer than " + MAX_NAME_LENGTH + " characters");
            }
            copy.put(day.getKey(), day.getValue().strip());
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String describe(Map.Entry<LocalDate, String> day) {
        return day.getKey() + " (" + day.getValue() + ")";
    }

    private static String capitalised(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
