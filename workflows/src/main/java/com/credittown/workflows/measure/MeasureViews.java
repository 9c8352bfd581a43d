package com.credittown.workflows.measure;

import com.credittown.platform.credit.grade.Grade;
import java.time.Instant;
import java.util.Set;

/** Measures and applications as the REST API shows them. */
final class MeasureViews {

    private MeasureViews() {
    }

    record Measure(String id, MeasureKind kind, String name, String content, String legalBasis, Set<Grade> grades,
                   boolean honoursQualify, MeasureStatus status, String draftedBy, Instant draftedAt,
                   String reviewedBy, Instant reviewedAt, String reviewOpinion, Instant inUseSince,
                   Instant withdrawnAt, String withdrawalReason) {

        static Measure of(CreditMeasure m) {
            return new Measure(m.id(), m.kind(), m.name(), m.content(), m.legalBasis(), m.qualifyingGrades(),
                    m.honoursQualify(), m.status(), m.draftedBy(), m.draftedAt(), m.reviewedBy(), m.reviewedAt(),
                    m.reviewOpinion(), m.inUseSince(), m.withdrawnAt(), m.withdrawalReason());
        }
    }

    record Application(String id, String measureId, String subjectCode, String subjectName, Grade grade,
                       String qualifiedBy, String matter, String appliedBy, Instant appliedAt, MeasureEffect effect,
                       String feedback, String feedbackBy, Instant feedbackAt) {

        static Application of(MeasureApplication a) {
            return new Application(a.id(), a.measureId(), a.subjectCode(), a.subjectName(), a.grade(),
                    a.qualifiedBy(), a.matter(), a.appliedBy(), a.appliedAt(), a.effect(), a.feedback(),
                    a.feedbackBy(), a.feedbackAt());
        }
    }

    record Qualification(boolean qualifies, String reason) {
    }

    record Review(String opinion) {
    }

    record Withdrawal(String reason) {
    }
}
