package com.credittown.platform.calendar;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The answer of a working-day computation, with the years it touched that have no calendar entered. For those
 * years the computation counted Monday to Friday as working days, so the answer may be wrong: show it flagged.
 *
 * @param value          the answer
 * @param uncoveredYears the years, in order, the computation looked at but for which no calendar is entered
 * @param <T>            the type of the answer
 */
public record WorkingDayAnswer<T>(T value, Set<Integer> uncoveredYears) {

    public WorkingDayAnswer {
        Objects.requireNonNull(value, "value");
        uncoveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(uncoveredYears));
    }

    /** An answer that rests only on entered calendar years. */
    public static <T> WorkingDayAnswer<T> covered(T value) {
        return new WorkingDayAnswer<>(value, Set.of());
    }

    /** Whether any year the computation touched had no calendar entered (the answer assumed Monday to Friday). */
    public boolean flagged() {
        return !uncoveredYears.isEmpty();
    }
}
