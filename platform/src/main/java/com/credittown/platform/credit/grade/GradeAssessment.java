package com.credittown.platform.credit.grade;

import java.util.List;

/**
 * A subject's grade with its explanation.
 *
 * @param grade         the grade the score reaches
 * @param score         the score: the model's start score plus every contribution, kept within the model's bounds
 * @param model         the name of the scoring model used
 * @param contributions every record that moved the score, in the order given
 */
public record GradeAssessment(Grade grade, int score, String model, List<Contribution> contributions) {

    public GradeAssessment {
        contributions = List.copyOf(contributions);
    }
}
