package com.credittown.platform.credit.rule;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.grade.Grade;
import java.util.Set;

/**
 * What a rule requires of a subject.
 *
 * <ul>
 *   <li>{@code REGISTERED}: the subject is in the city's archive.</li>
 *   <li>{@code NO_RECORD}: no record of these {@code kinds} (and {@code severities}, if given) that {@code counts}:
 *       {@code IN_PUBLICITY} now, or {@code DURING_PERIOD} at some time in the period the caller names.</li>
 *   <li>{@code MIN_GRADE}: the grade is {@code grade} or better, or the grade the caller passes as {@code parameter}.</li>
 *   <li>{@code FACT}: a fact a feature knows (e.g. {@code earlier-false-commitment}) is absent.</li>
 * </ul>
 * Record-level conditions (one record of an application, e.g. for repair):
 * <ul>
 *   <li>{@code RECORD_KIND}: the record is of one of the {@code kinds}.</li>
 *   <li>{@code RECORD_IN_PUBLICITY}: the record is in publicity.</li>
 *   <li>{@code RECORD_OWNED_BY_CALLER}: the deciding tenant recorded it.</li>
 *   <li>{@code MINIMUM_PERIOD_PASSED}: its minimum publicity period has passed on the day of the decision.</li>
 * </ul>
 */
public record Condition(Type type, Set<RecordKind> kinds, Set<Severity> severities, Counting counts, Grade grade,
                        String parameter, String fact) {

    public Condition {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }

    public enum Type {
        REGISTERED, NO_RECORD, MIN_GRADE, FACT,
        RECORD_KIND, RECORD_IN_PUBLICITY, RECORD_OWNED_BY_CALLER, MINIMUM_PERIOD_PASSED;

        boolean recordLevel() {
            return ordinal() >= RECORD_KIND.ordinal();
        }
    }

    public enum Counting { IN_PUBLICITY, DURING_PERIOD }
}
