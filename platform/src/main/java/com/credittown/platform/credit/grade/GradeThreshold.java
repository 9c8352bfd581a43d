package com.credittown.platform.credit.grade;

/** A score of at least {@code minScore} earns {@code grade} (unless a better threshold is reached). */
public record GradeThreshold(Grade grade, int minScore) {
}
