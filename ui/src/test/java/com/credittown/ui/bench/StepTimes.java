package com.credittown.ui.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The time each provisioning step took in this JVM (its city-wide preparation and each tenant's run; {@link
 * ScaledTenants} times every step), summed over the threads that ran it: with tenants provisioned in parallel the sums
 * add up to more than the wall clock, but their shares are the shares of the work (e.g. Keycloak's organisation and
 * users against the Flowable deployments).
 */
final class StepTimes {

    /** One step's calls and their summed time. */
    record Time(long calls, long nanos) {
    }

    private static final Map<String, LongAdder[]> TIMES = new ConcurrentHashMap<>();

    private StepTimes() {
    }

    static void reset() {
        TIMES.clear();
    }

    /** Every step's time so far, by name ({@code prepare <step>} for its city-wide preparation). */
    static Map<String, Time> all() {
        Map<String, Time> all = new TreeMap<>();
        TIMES.forEach((name, adders) -> all.put(name, new Time(adders[0].sum(), adders[1].sum())));
        return all;
    }

    /** Adds one call of the step (or its preparation) begun at {@code began} ({@link System#nanoTime()}). */
    static void add(String name, long began) {
        LongAdder[] adders = TIMES.computeIfAbsent(name, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
        adders[0].increment();
        adders[1].add(System.nanoTime() - began);
    }
}
