package com.credittown.platform.credit.grade;

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
public record ScoringModel(String name, int startScore, int minScore, int maxScore, List<ScoringRule> rules,
                           List<GradeThreshold> thresholds, Grade otherwise, List<GradeCap> caps) {

    public ScoringModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(otherwise, "otherwise");
        rules = List.copyOf(rules);
        caps = caps == null ? List.of() : List.copyOf(caps);
        for (GradeCap cap : caps) {
            Objects.requireNonNull(cap.kind(), () -> "Scoring model " + name + ": a cap without a kind");
            Objects.requireNonNull(cap.counts(), () -> "Scoring model " + name + ": a cap without counts");
            Objects.requireNonNull(cap.grade(), () -> "Scoring model " + name + ": a cap without a grade");
        }
        thresholds = thresholds.stream().sorted(Comparator.comparingInt(GradeThreshold::minScore).reversed()).toList();
        if (minScore > startScore || startScore > maxScore) {
            throw new IllegalArgumentException("Scoring model " + name + ": expected minScore <= startScore <= maxScore");
        }
        for (ScoringRule rule : rules) {
            Objects.requireNonNull(rule.kind(), () -> "Scoring model " + name + ": a rule without a kind");
            Objects.requireNonNull(rule.counts(), () -> "Scoring model " + name + ": rule for " + rule.kind()
                    + " does not say when it counts");
        }
    }
}
