package com.credittown.platform.credit;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.credit.grade.GradeAssessment;
import com.credittown.platform.credit.grade.GradeCalculator;
import com.credittown.platform.credit.grade.GradedRecord;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Keeps a subject's stored grade in step with its records, in the caller's transaction. */
@Component
class SubjectGrading {

    private final CreditRecords records;
    private final GradeCalculator calculator;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    SubjectGrading(CreditRecords records, GradeCalculator calculator, AuditLog audit,
                   ApplicationEventPublisher events) {
        this.records = records;
        this.calculator = calculator;
        this.audit = audit;
        this.events = events;
    }

    /** The grade of a subject without records. */
    GradeAssessment initial() {
        return calculator.assess(List.of());
    }

    GradeAssessment assess(List<CreditRecord> archive) {
        // a record whose effect is suspended while an objection is examined (异议处理中) does not count meanwhile
        return calculator.assess(archive.stream().filter(r -> !r.objection().suspends())
                .map(r -> new GradedRecord(r.id(), r.kind(), r.severity(), r.state(), r.title()))
                .toList());
    }

    /** Recomputes the subject's grade; audits a changed score and publishes {@link SubjectGradeChanged}. */
    void regrade(CreditSubject subject, String actor, String cause) {
        regrade(subject, records.findBySubjectIdOrderByDecisionDateAscIdAsc(subject.id()), actor, cause);
    }

    /**
     * Recomputes the subject's grade from its archive as the caller holds it (every record of the subject, by decision
     * date and id), as {@link #regrade(CreditSubject, String, String)} does after reading it.
     */
    void regrade(CreditSubject subject, List<CreditRecord> archive, String actor, String cause) {
        GradeAssessment assessment = assess(archive);
        Grade from = subject.grade();
        int fromScore = subject.score();
        if (from == assessment.grade() && fromScore == assessment.score()) {
            return;
        }
        subject.regrade(assessment.grade(), assessment.score());
        audit.recordAtCommit(actor, CreditAudit.GRADE_CHANGED, CreditAudit.SUBJECT, subject.id().toString(),
                "grade " + from + " (" + fromScore + ") -> " + assessment.grade() + " (" + assessment.score()
                        + ") under model " + assessment.model() + ", because " + cause);
        if (from != assessment.grade()) {
            events.publishEvent(new SubjectGradeChanged(subject.id(), from,
                    assessment.grade()));
        }
    }
}
