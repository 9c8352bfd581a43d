package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A scoring model as data (see {@code grading/city-default.json}): a start score, rules that add or deduct points
 * per record, and the lowest score of each grade.
 *
 * @param name       the model's name, shown in explanations
 * @param startScore the score of a subject without records
 * @param minScore   the score never goes below this
 * @param maxScore   the score never goes above this
 * @param rules      per record kind (and optionally severity), the points; the first matching rule applies
 * @param thresholds the lowest score of each grade but the last, best grade first
 * @param otherwise  the grade of a score below every threshold
 * @param caps       records that hold the grade down whatever the score (e.g. an unrepaired severe dishonesty record:
 *                   grade D); none if absent
 */
public record ScoringModel(String name, int startScore, int minScore, int maxScore, List<Rule> rules,
                           List<Threshold> thresholds, Grade otherwise, List<Cap> caps) {

    public ScoringModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(otherwise, "otherwise");
        rules = List.copyOf(rules);
        caps = caps == null ? List.of() : List.copyOf(caps);
        for (Cap cap : caps) {
            Objects.requireNonNull(cap.kind(), () -> "Scoring model " + name + ": a cap without a kind");
            Objects.requireNonNull(cap.counts(), () -> "Scoring model " + name + ": a cap without counts");
            Objects.requireNonNull(cap.grade(), () -> "Scoring model " + name + ": a cap without a grade");
        }
        thresholds = thresholds.stream().sorted(Comparator.comparingInt(Threshold::minScore).reversed()).toList();
        if (minScore > startScore || startScore > maxScore) {
            throw new IllegalArgumentException("Scoring model " + name + ": expected minScore <= startScore <= maxScore");
        }
        for (Rule rule : rules) {
            Objects.requireNonNull(rule.kind(), () -> "Scoring model " + name + ": a rule without a kind");
            Objects.requireNonNull(rule.counts(), () -> "Scoring model " + name + ": rule for " + rule.kind()
                    + " does not say when it counts");
        }
    }

    /**
     * One rule: a record of this kind (and severity, if given) contributes {@code points} while it {@code counts}.
     *
     * @param maxTotal if given, the most (in absolute value) all records under this rule contribute together
     */
    public record Rule(RecordKind kind, Severity severity, int points, Counting counts, Integer maxTotal) {

        boolean matches(GradedRecord record) {
            return kind == record.kind() && (severity == null || severity == record.severity());
        }

        String describe() {
            return kind + (severity == null ? "" : " " + severity) + " " + (points > 0 ? "+" : "") + points
                    + (counts == Counting.IN_PUBLICITY ? " while in publicity" : " until archived")
                    + (maxTotal == null ? "" : " (at most " + maxTotal + " in total)");
        }
    }

    /** When a record counts. */
    public enum Counting {
        /** While it is published (in publicity). */
        IN_PUBLICITY,
        /** While it is published or its publicity has ended, not once archived. */
        UNTIL_ARCHIVED;

        boolean includes(RecordState state) {
            return this == IN_PUBLICITY ? state == RecordState.PUBLISHED : state != RecordState.ARCHIVED;
        }
    }

    /**
     * A record of this kind (and severity, if given) that still {@code counts} holds the subject's grade at
     * {@code grade} or worse, whatever its score: honours cannot lift it.
     */
    public record Cap(RecordKind kind, Severity severity, Counting counts, Grade grade) {

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

    /** A score of at least {@code minScore} earns {@code grade} (unless a better threshold is reached). */
    public record Threshold(Grade grade, int minScore) {
    }
}
