package com.credittown.demo;

import java.util.Map;

/**
 * What one demo load did.
 *
 * @param loaded whether this call loaded the demo (false: the database already had it)
 * @param counts what was loaded, by kind ("subjects", "star nominations")
 */
public record DemoReport(boolean loaded, Map<String, Integer> counts) {

    static final DemoReport NOTHING = new DemoReport(false, Map.of());

    public DemoReport {
        counts = Map.copyOf(counts);
    }
}
