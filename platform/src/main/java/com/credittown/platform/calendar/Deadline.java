package com.credittown.platform.calendar;

import com.credittown.platform.time.PlatformClock;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal deadline (期限) of N working days on the city's holiday calendar: the last day on which acting is on time,
 * and whether the count crossed a year with no calendar entered (Monday to Friday was assumed for it, so the date is
 * shown flagged). The deadline is met by acting any time on its day; it has passed at 00:00 in the city
 * (Asia/Shanghai) on the day after — the instant a process timer on it fires.
 *
 * <p>Stored in an entity as an embeddable whose two columns the entity names:
 * <pre>{@code
 * @Embedded
 * @AttributeOverride(name = "date", column = @Column(name = "acceptance_due"))
 * @AttributeOverride(name = "flagged", column = @Column(name = "acceptance_due_flagged"))
 * private Deadline acceptanceDue = Deadline.none();
 * }</pre>
 * Where the flag column is NOT NULL, a step not reached yet holds {@link #none()} (no date, not flagged; a row with no
 * date reads back as {@code none()}); where both columns may be null, the field itself is null until the deadline is
 * set.
 */
@Embeddable
public class Deadline {

    @Column(name = "due")
    private LocalDate date;

    @Column(name = "due_flagged", nullable = false)
    private boolean flagged;

    /** For JPA; also what a row with no date reads back as. */
    protected Deadline() {
    }

    private Deadline(LocalDate date, boolean flagged) {
        this.date = date;
        this.flagged = flagged;
    }

    /**
     * The deadline {@code n} working days after {@code start} on the city calendar; {@code start} itself never counts
     * ({@link WorkingDayCalendar#addWorkingDays}: accepted on Friday 2024-09-27, 3 working days fall on Tuesday
     * 2024-10-08). Flagged when the count touched a year with no calendar entered.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Deadline afterWorkingDays(LocalDate start, int n, WorkingDayCalendar calendar) {
        return of(calendar.addWorkingDays(start, n));
    }

    /**
     * The deadline on the last day a working-day count gave, for a caller that also names the uncovered years (in an
     * audit entry, say): {@code of(calendar.addWorkingDays(start, n))} is {@code afterWorkingDays(start, n, calendar)}.
     */
    public static Deadline of(WorkingDayAnswer<LocalDate> lastDay) {
        return new Deadline(lastDay.value(), lastDay.flagged());
    }

    /** A deadline on a day counted otherwise (calendar days, a date a person entered): never flagged. */
    public static Deadline on(LocalDate date) {
        return new Deadline(Objects.requireNonNull(date, "date"), false);
    }

    /** No deadline yet (the step it belongs to has not been reached): no date, not flagged, never passes. */
    public static Deadline none() {
        return new Deadline();
    }

    /** Whether a date is set (false for {@link #none()}). */
    public boolean isSet() {
        return date != null;
    }

    /** The last day on which acting is on time; {@code null} for {@link #none()}. */
    public LocalDate date() {
        return date;
    }

    /** Whether the count crossed a year with no calendar entered (the date assumed Monday to Friday there). */
    public boolean flagged() {
        return flagged;
    }

    /**
     * The instant the deadline has passed: 00:00 Asia/Shanghai on the day after {@link #date()}.
     *
     * @throws IllegalStateException for {@link #none()}
     */
    public Instant passesAt() {
        return requireDate().plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant();
    }

    /** Whether the deadline has passed at {@code instant}: from {@link #passesAt()} on, inclusive. Never for none. */
    public boolean passedAt(Instant instant) {
        return isSet() && !instant.isBefore(passesAt());
    }

    /** Whether the deadline has passed on the city date {@code today} (today is after its day). Never for none. */
    public boolean passedOn(LocalDate today) {
        return isSet() && today.isAfter(date);
    }

    /**
     * This deadline, flagged also when {@code moved} was: a deadline moved on from a flagged one (an extension counted
     * from the old date) rests on that uncertain date too.
     */
    public Deadline flaggedAlsoWhen(Deadline moved) {
        return new Deadline(requireDate(), flagged || moved.flagged());
    }

    private LocalDate requireDate() {
        if (date == null) {
            throw new IllegalStateException("No deadline is set");
        }
        return date;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Deadline that && Objects.equals(date, that.date) && flagged == that.flagged;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, flagged);
    }

    @Override
    public String toString() {
        return date == null ? "no deadline" : date + (flagged ? " (calendar year missing)" : "");
    }
}
