package com.credittown.platform.calendar;

/**
 * Calendar data is not acceptable: a file cannot be read, or an entry breaks a rule of {@link CalendarYear}.
 * The message names the file (when there is one) and the entry.
 */
public class InvalidCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCalendarException(String message) {
        super(message);
    }

    public InvalidCalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
