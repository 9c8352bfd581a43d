package com.credittown.platform.credit.rule;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the caller of a decision adds: parameters a rule names (e.g. {@code minimumGrade} of a star round); for rules
 * counting {@code DURING_PERIOD}, the period; for record-level rules, the day and the tenant deciding.
 */
public record Arguments(Map<String, String> parameters, LocalDate periodFirstDay, LocalDate periodLastDay,
                        LocalDate today, String callerTenant) {

    public static final Arguments NONE = new Arguments(Map.of(), null, null, null, null);

    public Arguments {
        parameters = Map.copyOf(parameters);
    }

    public static Arguments parameter(String name, String value) {
        return new Arguments(Map.of(name, value), null, null, null, null);
    }

    public static Arguments period(LocalDate firstDay, LocalDate lastDay) {
        return new Arguments(Map.of(), firstDay, lastDay, null, null);
    }

    /** For record-level rules: the day of the decision and the tenant that decides (records it owns). */
    public static Arguments recordDecision(LocalDate today, String callerTenant) {
        return new Arguments(Map.of(), null, null, today, callerTenant);
    }
}
