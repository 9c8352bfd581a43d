package com.credittown.platform.credit;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.code.Uscc;
import com.credittown.platform.credit.grade.GradeAssessment;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import com.credittown.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and finds the current tenant's credit subjects. A code is registered once per tenant. */
@Service
public class CreditSubjectRegistry {

    private final CreditSubjects subjects;
    private final SubjectGrading grading;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ApplicationEventPublisher events;

    CreditSubjectRegistry(CreditSubjects subjects, SubjectGrading grading, AuditLog audit, PlatformClock clock,
                          ApplicationEventPublisher events) {
        this.subjects = subjects;
        this.grading = grading;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Registers a subject with the grade of an empty archive.
     *
     * @throws InvalidInputException naming each invalid field (e.g. the code's expected check character)
     * @throws ConflictException     if the code is already registered, naming the existing subject's id
     */
    @Transactional
    public SubjectView register(NewSubject request, String actor) {
        Uscc code = CreditInputChecks.checkSubject(request);
        subjects.findByCode(code.value()).ifPresent(existing -> {
            throw new ConflictException("A credit subject with the code " + code + " is already registered: subject "
                    + existing.id() + " (" + existing.name() + ")");
        });
        GradeAssessment initial = grading.initial();
        CreditSubject subject;
        try {
            subject = subjects.save(new CreditSubject(request.kind(), code.value(), request.name().strip(),
                    request.tags().stream().map(String::strip).toList(), initial.grade(), initial.score(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // The unique index (tenant_id, code) caught a registration of the same code running at the same time.
            throw new ConflictException("A credit subject with the code " + code
                    + " was registered at the same time; look it up by its code");
        }
        audit.record(actor, CreditAudit.SUBJECT_REGISTERED, CreditAudit.SUBJECT, subject.id().toString(),
                subject.kind() + " " + subject.code() + " " + subject.name() + ", grade " + subject.grade());
        events.publishEvent(new SubjectRegistered(TenantContext.require(), subject.id()));
        return SubjectView.of(subject);
    }

    /** @throws NotFoundException if the current tenant has no such subject */
    @Transactional(readOnly = true)
    public SubjectView subject(long id) {
        return SubjectView.of(require(id));
    }

    /**
     * The subject registered under this code, if any.
     *
     * @throws InvalidInputException if the code itself is invalid
     */
    @Transactional(readOnly = true)
    public Optional<SubjectView> byCode(String code) {
        Uscc uscc = Uscc.check(code).uscc().orElseThrow(() -> new InvalidInputException(
                List.of(new FieldProblem("code", Uscc.check(code).message().orElseThrow()))));
        return subjects.findByCode(uscc.value()).map(SubjectView::of);
    }

    CreditSubject require(long id) {
        return subjects.findById(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("Unknown credit subject", "No credit subject with the id " + id + " exists.");
    }
}
