package com.credittown.workflows.rectification;

import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.CaseVariables.optionalString;
import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import com.credittown.platform.workflow.TenantTasks;
import com.credittown.workflows.rectification.internal.Escalations;
import com.credittown.workflows.template.TemplateLibrary;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the government-rectification process. Each runs in the engine's transaction, so the
 * archive record, the case row, its escalation rows and audit entries commit with the case step or not at all.
 */
@Configuration(proxyBeanMethods = false)
class RectificationDelegates {

    static final String AUDIT_TYPE = "rectification";

    @Bean
    TenantScopedDelegate rectificationRegistration(CreditSubjectRegistry registry, CreditArchive archive,
                                                   RectificationCases cases, WorkingDayCalendar calendar,
                                                   AuditLog audit,
                                                   PlatformClock clock) {
        return delegate(execution -> {
            String actor = CaseActor.current();
            SubjectView subject = governmentSubject(registry, execution, actor);
            DishonestyKind kind = DishonestyKind.fromFormValue(string(execution, "dishonestyKind"));
            String unit = string(execution, "responsibleUnit");
            LocalDate today = LocalDate.now(clock);
            String decided = optionalString(execution, "decisionDate");
            String severity = optionalString(execution, "severity");
            RecordView record = archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                    Severity.valueOf((severity == null ? string(execution, "defaultSeverity") : severity)
                            .toUpperCase(Locale.ROOT)),
                    string(execution, "department"),
                    decided == null ? today : LocalDate.parse(decided),
                    string(execution, "legalBasis"),
                    truncated("政务失信：" + kind.label() + "（责任单位：" + unit + "）", 200),
                    string(execution, "facts")), actor);
            RectificationCase rectification = new RectificationCase(execution.getProcessInstanceId(), subject.id(),
                    subject.code(), subject.name(), kind, unit, record.id(), today, clock.instant());
            Deadline due = Deadline.afterWorkingDays(today, number(execution, "planWorkingDays"), calendar);
            rectification.awaitPlan(due);
            cases.save(rectification);
            execution.setVariable("rectificationCaseId", rectification.id());
            execution.setVariable("recordId", record.id());
            execution.setVariable("escalationLevel", EscalationLevel.NONE.name());
            stageDue(execution, due);
            audit.record(actor, "RECTIFICATION_OPENED", AUDIT_TYPE, rectification.id(),
                    subject.code() + " " + kind + ", record " + record.id() + ", sent to " + unit + ", plan due "
                            + due.date() + flag(due));
        });
    }

    @Bean
    TenantScopedDelegate rectificationPlanned(RectificationCases cases, WorkingDayCalendar calendar, AuditLog audit,
                                              PlatformClock clock) {
        return delegate(execution -> {
            RectificationCase rectification = find(cases, execution);
            Deadline due = Deadline.afterWorkingDays(LocalDate.now(clock),
                    number(execution, "rectificationWorkingDays"), calendar);
            rectification.planned(string(execution, "plan"), clock.instant(), due);
            stageDue(execution, due);
            audit.record(CaseActor.current(), "RECTIFICATION_PLANNED", AUDIT_TYPE, rectification.id(),
                    "rectification due " + due.date() + flag(due));
        });
    }

    @Bean
    TenantScopedDelegate rectificationEvidenceReceived(RectificationCases cases, WorkingDayCalendar calendar,
                                                       TemplateLibrary templates, AuditLog audit,
                                                       PlatformClock clock) {
        return delegate(execution -> {
            RectificationCase rectification = find(cases, execution);
            rectification.evidenceSubmitted(string(execution, "evidence"), clock.instant());
            // the verification is due verifyWorkingDays after the evidence (a template parameter the city sets)
            Deadline verifyDue = Deadline.afterWorkingDays(LocalDate.now(clock),
                    VerifyPeriod.workingDays(execution, () -> templates.caseVariables(VerifyPeriod.PROCESS)),
                    calendar);
            execution.setVariable("verifyDueDate", verifyDue.date().toString());
            execution.setVariable("verifyDueAt", Date.from(verifyDue.passesAt()));
            audit.record(CaseActor.current(), "RECTIFICATION_EVIDENCE_SUBMITTED", AUDIT_TYPE, rectification.id(),
                    "at level " + rectification.level() + "; verification due " + verifyDue.date() + flag(verifyDue));
        });
    }

    @Bean
    TenantScopedDelegate rectificationClosing(RectificationCases cases, CreditPublicity publicity, AuditLog audit,
                                              PlatformClock clock) {
        return delegate(execution -> {
            RectificationCase rectification = find(cases, execution);
            String actor = CaseActor.current();
            RecordView record = publicity.endPublicityByRectification(rectification.recordId(), actor,
                    "政务失信整改已核查销号（案件 " + rectification.caseId() + "）");
            rectification.close(string(execution, "findings"), LocalDate.now(clock), clock.instant());
            audit.record(actor, "RECTIFICATION_CLOSED", AUDIT_TYPE, rectification.id(),
                    "record " + rectification.recordId() + (record.state() == RecordState.PUBLISHED
                            ? " stays in publicity until its minimum period ends" : " removed from publicity")
                            + (rectification.overdue() ? "; closed after a missed deadline" : ""));
        });
    }

    @Bean
    TenantScopedDelegate rectificationDeadlinePassed(RectificationCases cases, Escalations escalations,
                                                     WorkingDayCalendar calendar, AuditLog audit,
                                                     PlatformClock clock) {
        return delegate(execution -> escalate(execution, EscalationReason.DEADLINE_PASSED, cases, escalations,
                calendar, audit, clock, RectificationStage.RECTIFICATION));
    }

    /**
     * The plan period passed without a plan: escalated one level (催办) like any missed deadline, but the plan task
     * stays open with the new due date, so a late plan is still recorded and the rectification period counts from it.
     */
    @Bean
    TenantScopedDelegate rectificationPlanOverdue(RectificationCases cases, Escalations escalations,
                                                  WorkingDayCalendar calendar, AuditLog audit, PlatformClock clock,
                                                  TenantTasks workflow) {
        return delegate(execution -> {
            escalate(execution, EscalationReason.DEADLINE_PASSED, cases, escalations, calendar, audit, clock,
                    RectificationStage.PLAN);
            workflow.moveDueDates(execution.getProcessInstanceId(), "plan",
                    ((Date) execution.getVariable("stageDueAt")).toInstant());
        });
    }

    @Bean
    TenantScopedDelegate rectificationNotVerified(RectificationCases cases, Escalations escalations,
                                                  WorkingDayCalendar calendar, AuditLog audit,
                                                  PlatformClock clock) {
        return delegate(execution -> {
            find(cases, execution).verificationFailed(string(execution, "findings"));
            escalate(execution, EscalationReason.VERIFICATION_FAILED, cases, escalations, calendar, audit, clock,
                    RectificationStage.RECTIFICATION);
        });
    }

    /** At the top of the ladder the accountability period passed: flagged and audited; the case stays open. */
    @Bean
    TenantScopedDelegate rectificationAccountabilityOverdue(RectificationCases cases, AuditLog audit,
                                                            PlatformClock clock) {
        return delegate(execution -> {
            RectificationCase rectification = find(cases, execution);
            rectification.markOverdue(LocalDate.now(clock));
            audit.record(AuditLog.SYSTEM, "RECTIFICATION_ACCOUNTABILITY_OVERDUE", AUDIT_TYPE, rectification.id(),
                    "evidence was due " + rectification.stageDue() + " at level " + rectification.level());
        });
    }

    private static void escalate(DelegateExecution execution, EscalationReason reason, RectificationCases cases,
                                 Escalations escalations, WorkingDayCalendar calendar, AuditLog audit,
                                 PlatformClock clock, RectificationStage stage) {
        RectificationCase rectification = find(cases, execution);
        EscalationLevel from = rectification.level();
        EscalationLevel to = from.next();
        LocalDate today = LocalDate.now(clock);
        Deadline due = Deadline.afterWorkingDays(today, number(execution, to.periodParameter()), calendar);
        rectification.escalate(to, today, reason == EscalationReason.DEADLINE_PASSED, due, stage);
        escalations.save(new Escalation(rectification.id(), to, reason, today, clock.instant(), due.date()));
        execution.setVariable("escalationLevel", to.name());
        execution.setVariable("levelRaised", to != from);
        stageDue(execution, due);
        String actor = reason == EscalationReason.DEADLINE_PASSED ? AuditLog.SYSTEM : CaseActor.current();
        audit.record(actor, "RECTIFICATION_ESCALATED", AUDIT_TYPE, rectification.id(),
                from + " -> " + to + " on " + today + " (" + reason + "), " + (stage == RectificationStage.PLAN ? "plan"
                        : "evidence") + " due " + due.date() + flag(due));
    }

    /** The dishonest unit in the archive, registered with its kind if it is not there yet. */
    private static SubjectView governmentSubject(CreditSubjectRegistry registry, DelegateExecution execution,
                                                 String actor) {
        String code = string(execution, "subjectCode");
        SubjectKind kind = SubjectKind.valueOf(string(execution, "subjectKind").toUpperCase(Locale.ROOT));
        SubjectView subject = registry.findOrRegister(
                new NewSubject(kind, code, string(execution, "subjectName"), List.of()), actor);
        if (subject.kind() != SubjectKind.GOVERNMENT_BODY && subject.kind() != SubjectKind.PUBLIC_INSTITUTION) {
            throw new InvalidInputException(List.of(new FieldProblem("subjectCode", "not-government",
                    "is registered as " + subject.kind() + " (" + subject.name() + "); government rectification is"
                            + " for government bodies and public institutions")));
        }
        return subject;
    }

    private static void stageDue(DelegateExecution execution, Deadline due) {
        execution.setVariable("stageDueDate", due.date().toString());
        execution.setVariable("stageDueAt", Date.from(due.passesAt()));
        execution.setVariable("stageDueFlagged", due.flagged());
    }

    private static String flag(Deadline due) {
        return due.flagged() ? " (calendar year missing)" : "";
    }

    private static RectificationCase find(RectificationCases cases, DelegateExecution execution) {
        return cases.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No rectification case for case " + execution.getProcessInstanceId()));
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
