package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;

/**
 * A grade cap of a {@link ScoringModel}: a record of this kind (and severity, if given) that still {@code counts}
 * holds the subject's grade at {@code grade} or worse, whatever its score: honours cannot lift it.
 */
public record GradeCap(RecordKind kind, Severity severity, Counting counts, Grade grade) {

    boolean holds(GradedRecord record) {
        return kind == record.kind() && (severity == null || severity == record.severity())
                && counts.includes(record.state());
    }

    String describe() {
        return "an " + kind + (severity == null ? "" : " " + severity)
                + (counts == Counting.IN_PUBLICITY ? " record in publicity" : " record not archived")
                + " holds the grade at " + grade + " or worse";
    }
}
