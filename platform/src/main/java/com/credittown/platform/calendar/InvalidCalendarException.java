package com.credittown.platform.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Calendar data is not acceptable: a file cannot be read, or an entry breaks a rule of {@link CalendarYear}.
 * The message names the file (when there is one) and the entry.
 *
 * <p>Besides the message, the exception tells which part of the calendar format it concerns ({@link #entry()},
 * e.g. {@code adjustedWorkingDays[0]}, {@code source}) and the reason without the file name ({@link #reason()}), so
 * that an API can answer with the field named.
 */
public class InvalidCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entry;
    private final String reason;
    /** For a rule broken by one day: the list ({@code holidays}, {@code adjustedWorkingDays}) and the day. */
    private final String list;
    private final LocalDate day;

    public InvalidCalendarException(String message) {
        this(message, null, null, message, null, null);
    }

    public InvalidCalendarException(String message, Throwable cause) {
        this(message, cause, null, message, null, null);
    }

    private InvalidCalendarException(String message, Throwable cause, String entry, String reason, String list,
                                     LocalDate day) {
        super(message, cause);
        this.entry = entry;
        this.reason = reason;
        this.list = list;
        this.day = day;
    }

    /** A problem with a part of the calendar format: {@code year}, {@code source}, {@code holidays[2]}, … */
    static InvalidCalendarException at(String entry, String message) {
        return new InvalidCalendarException(message, null, entry, message, null, null);
    }

    /** Like {@link #at(String, String)}, with a cause. */
    static InvalidCalendarException at(String entry, String message, Throwable cause) {
        return new InvalidCalendarException(message, cause, entry, message, null, null);
    }

    /**
     * A rule broken by one day of a list ({@code holidays} or {@code adjustedWorkingDays}); the entry is the list
     * until a reader, which knows the position of the day in its input, names it ({@link #atIndex(int)}).
     */
    static InvalidCalendarException atDay(String list, LocalDate day, String message) {
        return new InvalidCalendarException(message, null, list, message, list, day);
    }

    /** The same problem, at the given position of its list, e.g. {@code adjustedWorkingDays[3]}. */
    InvalidCalendarException atIndex(int index) {
        return new InvalidCalendarException(getMessage(), getCause(), list + "[" + index + "]", reason, list, day);
    }

    /** The same problem, with the message prefixed by where the calendar came from (a file, a resource). */
    InvalidCalendarException in(String sourceName) {
        return new InvalidCalendarException(sourceName + ": " + getMessage(), this, entry, reason, list, day);
    }

    /**
     * The part of the calendar format the problem concerns: a field ({@code year}, {@code source}, {@code holidays})
     * or an entry of a list ({@code holidays[2]}); empty when it concerns the whole input (e.g. malformed JSON).
     */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** What is wrong, without the name of the file. */
    public String reason() {
        return reason;
    }

    Optional<String> list() {
        return Optional.ofNullable(list);
    }

    Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }
}
