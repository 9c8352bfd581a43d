package com.credittown.platform.credit.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Grades a subject from its records under one scoring model. Pure: no state, no I/O. */
public final class GradeCalculator {

    private final ScoringModel model;

    public GradeCalculator(ScoringModel model) {
        this.model = model;
    }

    public ScoringModel model() {
        return model;
    }

    /** The grade, the score and every record that moved it. Records that do not count are left out. */
    public GradeAssessment assess(List<GradedRecord> records) {
        Map<ScoringRule, Integer> totals = new HashMap<>();
        List<Contribution> contributions = new ArrayList<>();
        int sum = 0;
        for (GradedRecord record : records) {
            ScoringRule rule = ruleFor(record);
            if (rule == null || !rule.counts().includes(record.state())) {
                continue;
            }
            int points = capped(rule, totals.getOrDefault(rule, 0));
            if (points == 0) {
                continue;
            }
            totals.merge(rule, points, Integer::sum);
            sum += points;
            contributions.add(new Contribution(record.recordId(), record.kind(), record.severity(), record.title(),
                    points, rule.describe()));
        }
        int score = Math.max(model.minScore(), Math.min(model.maxScore(), model.startScore() + sum));
        Grade grade = gradeOf(score);
        for (GradedRecord record : records) {
            for (GradeCap cap : model.caps()) {
                if (cap.holds(record)) {
                    contributions.add(new Contribution(record.recordId(), record.kind(), record.severity(),
                            record.title(), 0, cap.describe()));
                    grade = grade.compareTo(cap.grade()) >= 0 ? grade : cap.grade();
                }
            }
        }
        return new GradeAssessment(grade, score, model.name(), contributions);
    }

    /** The grade a score earns. */
    public Grade gradeOf(int score) {
        for (GradeThreshold threshold : model.thresholds()) {
            if (score >= threshold.minScore()) {
                return threshold.grade();
            }
        }
        return model.otherwise();
    }

    private ScoringRule ruleFor(GradedRecord record) {
        for (ScoringRule rule : model.rules()) {
            if (rule.matches(record)) {
                return rule;
            }
        }
        return null;
    }

    /** The rule's points, reduced so that the rule's running total stays within its cap. */
    private static int capped(ScoringRule rule, int totalSoFar) {
        if (rule.maxTotal() == null) {
            return rule.points();
        }
        int room = Math.max(0, rule.maxTotal() - Math.abs(totalSoFar));
        return Integer.signum(rule.points()) * Math.min(Math.abs(rule.points()), room);
    }
}
