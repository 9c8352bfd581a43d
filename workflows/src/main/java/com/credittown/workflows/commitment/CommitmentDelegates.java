package com.credittown.workflows.commitment;

import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.CaseVariables.optionalString;
import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the credit-commitment process. Each runs in the engine's transaction, so the
 * commitment row, its audit entry and the case step commit together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class CommitmentDelegates {

    static final String AUDIT_TYPE = "commitment";

    @Bean
    TenantScopedDelegate commitmentRecording(jakarta.persistence.EntityManager entityManager, AuditLog audit,
                                             PlatformClock clock) {
        return delegate(execution -> {
            // persisted, not saved: the id is assigned (a UUID) and the version primitive, so a repository's save would
            // take the new row for a detached one and merge it (a SELECT by id before every insert)
            Commitment commitment = persisted(entityManager, new Commitment(execution.getProcessInstanceId(),
                    string(execution, "subjectCode"), string(execution, "subjectName"),
                    CommitmentType.fromFormValue(string(execution, "commitmentType")),
                    optionalString(execution, "grantedMatter"), string(execution, "commitmentText"),
                    clock.instant()));
            execution.setVariable("commitmentId", commitment.id());
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_NOTIFIED", AUDIT_TYPE, commitment.id(),
                    commitment.subjectCode() + " " + commitment.type());
        });
    }

    @Bean
    TenantScopedDelegate commitmentEligibility(Commitments commitments, CommitmentEligibility eligibility,
                                               AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = find(commitments, execution);
            java.util.List<String> reasons = eligibility.reasonsAgainst(commitment.subjectCode(), commitment.type());
            execution.setVariable("commitmentEligible", reasons.isEmpty());
            if (!reasons.isEmpty()) {
                commitment.refuse(String.join("；", reasons), clock.instant());
                execution.setVariable("refusalReasons", commitment.refusalReasons());
                audit.recordAtCommit(AuditLog.SYSTEM, "COMMITMENT_REFUSED", AUDIT_TYPE, commitment.id(),
                        commitment.refusalReasons());
            }
        });
    }

    @Bean
    TenantScopedDelegate commitmentPublication(Commitments commitments, WorkingDayCalendar calendar,
                                               CommitmentArchiveEntries archive, AuditLog audit,
                                               PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = find(commitments, execution);
            LocalDate today = LocalDate.now(clock);
            Deadline due = Deadline.afterWorkingDays(today, number(execution, "verificationWorkingDays"), calendar);
            commitment.publish(string(execution, "signatory"), LocalDate.parse(string(execution, "signedOn")),
                    clock.instant(), due);
            execution.setVariable("verificationDueDate", due.date().toString());
            execution.setVariable("verificationDueAt", Date.from(due.passesAt()));
            execution.setVariable("verificationDueFlagged", due.flagged());
            archive.published(commitment, CaseActor.current());
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_PUBLISHED", AUDIT_TYPE, commitment.id(),
                    "verification due " + due.date() + (due.flagged() ? " (calendar year missing)" : ""));
        });
    }

    @Bean
    TenantScopedDelegate verificationOverdue(Commitments commitments, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = find(commitments, execution);
            commitment.markVerificationOverdue(clock.instant());
            audit.recordAtCommit(AuditLog.SYSTEM, "COMMITMENT_VERIFICATION_OVERDUE", AUDIT_TYPE, commitment.id(),
                    "verification was due " + commitment.verificationDue());
        });
    }

    @Bean
    TenantScopedDelegate commitmentHonoured(Commitments commitments, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = find(commitments, execution);
            commitment.honour(string(execution, "findings"), clock.instant());
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_HONOURED", AUDIT_TYPE, commitment.id(),
                    commitment.findings());
        });
    }

    @Bean
    TenantScopedDelegate commitmentBreach(Commitments commitments, CommitmentArchiveEntries archive, AuditLog audit,
                                          PlatformClock clock, ApplicationEventPublisher events) {
        return delegate(execution -> {
            Commitment commitment = find(commitments, execution);
            // after an order to rectify, the findings and basis are the ones kept with the order
            commitment.breach(optionalString(execution, "findings"), optionalString(execution, "legalBasis"),
                    optionalString(execution, "breachKind"), clock.instant());
            commitment.recordedAsDishonesty(archive.breached(commitment, breachSeverity(execution, commitment),
                    LocalDate.now(clock), CaseActor.current()));
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_BREACHED", AUDIT_TYPE, commitment.id(),
                    "legal basis: " + commitment.legalBasis()
                            + (commitment.revocationFlagged() ? "; flagged for revocation: " + commitment.grantedMatter() : ""));
            events.publishEvent(new CommitmentBreached(execution.getTenantId(), commitment.id(), commitment.caseId(),
                    commitment.subjectCode(), commitment.legalBasis(), commitment.grantedMatter()));
        });
    }

    /**
     * The severity of a breach's dishonesty record: a false commitment weighs as the city's
     * {@code falseCommitmentSeverity} (SEVERE by default), an unfulfilled one as {@code breachSeverity} (GENERAL); city
     * settings, since no document fixes them. A case started before the false-commitment parameter existed keeps
     * {@code breachSeverity}.
     */
    static com.credittown.platform.credit.Severity breachSeverity(DelegateExecution execution, Commitment commitment) {
        String falseSeverity = optionalString(execution, "falseCommitmentSeverity");
        String severity = CommitmentEligibility.FALSE_STATEMENT.equals(commitment.breachKind()) && falseSeverity != null
                ? falseSeverity : string(execution, "breachSeverity");
        return com.credittown.platform.credit.Severity.valueOf(severity.strip().toUpperCase(java.util.Locale.ROOT));
    }

    private static Commitment persisted(jakarta.persistence.EntityManager entityManager, Commitment commitment) {
        entityManager.persist(commitment);
        return commitment;
    }

    static Commitment find(Commitments commitments, DelegateExecution execution) {
        // the recording step put the commitment's id on the case: within the command that recorded it (the start, with
        // the eligibility check) the row is still in the persistence context, so this reads nothing; the id is
        // trusted only for this case of this tenant
        if (execution.getVariable("commitmentId") instanceof String id) {
            // (a row persisted in this command has no tenant yet: Hibernate sets it from the session's tenant at the
            // insert, and the case id matches only this case)
            Optional<Commitment> byId = commitments.findById(id).filter(found ->
                    found.caseId().equals(execution.getProcessInstanceId())
                            && (found.getTenantId() == null
                            || Objects.equals(found.getTenantId(), execution.getTenantId())));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return commitments.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No commitment for case " + execution.getProcessInstanceId()));
    }

}
