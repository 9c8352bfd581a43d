package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;

/**
 * One rule of a {@link ScoringModel}: a record of this kind (and severity, if given) contributes {@code points} while
 * it {@code counts}.
 *
 * @param maxTotal if given, the most (in absolute value) all records under this rule contribute together
 */
public record ScoringRule(RecordKind kind, Severity severity, int points, Counting counts, Integer maxTotal) {

    boolean matches(GradedRecord record) {
        return kind == record.kind() && (severity == null || severity == record.severity());
    }

    String describe() {
        return kind + (severity == null ? "" : " " + severity) + " " + (points > 0 ? "+" : "") + points
                + (counts == Counting.IN_PUBLICITY ? " while in publicity" : " until archived")
                + (maxTotal == null ? "" : " (at most " + maxTotal + " in total)");
    }
}
