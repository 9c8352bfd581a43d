package com.credittown.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How long each part of the city realm's preparation took and which parts changed something, for the one log line of
 * a preparation: where start-up time goes when Keycloak is slow.
 */
final class PreparationTimes {

    private final long started = System.nanoTime();
    private final List<String> parts = new ArrayList<>();

    /** Runs one part and remembers its time. */
    <T> T time(String part, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        parts.add(part + " " + millis(start) + " ms");
        return result;
    }

    /** Runs one part that may change the realm, remembering its time and whether it did; returns whether it did. */
    boolean changed(String part, BooleanSupplier work) {
        long start = System.nanoTime();
        boolean changed = work.getAsBoolean();
        parts.add(part + " " + millis(start) + " ms" + (changed ? " (changed)" : ""));
        return changed;
    }

    @Override
    public String toString() {
        return millis(started) + " ms: " + String.join(", ", parts);
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
