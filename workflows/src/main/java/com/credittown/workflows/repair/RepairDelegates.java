package com.credittown.workflows.repair;

import static com.credittown.platform.workflow.CaseVariables.flag;
import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.CaseVariables.optionalString;
import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;
import static com.credittown.platform.workflow.TenantScopedDelegate.taskListener;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import com.credittown.platform.workflow.TenantTasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The automatic steps of the credit-repair process. Each runs in the engine's transaction, so the application
 * row, its audit entries, the archive changes and the case step commit together or not at all; a step that
 * refuses what a user sent (accepting an ineligible application, a second or too long extension) answers with
 * {@link InvalidInputException} and the user's task stays open.
 */
@Configuration(proxyBeanMethods = false)
class RepairDelegates {

    static final String AUDIT_TYPE = "repair-application";

    @Bean
    TenantScopedDelegate repairRegistration(RepairApplications applications, RepairEligibility eligibility,
                                            WorkingDayCalendar calendar, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            LocalDate today = LocalDate.now(clock);
            boolean obligations = flag(execution, "obligationsFulfilled");
            boolean signed = flag(execution, "repairCommitmentSigned");
            RepairEligibility.Assessment assessment = eligibility.assess(string(execution, "subjectCode"),
                    string(execution, "recordIds"), obligations, signed,
                    ReviewingDepartments.of(execution.getVariable("reviewingDepartments")), today);
            Deadline acceptanceDue = Deadline.afterWorkingDays(today, number(execution, "acceptanceWorkingDays"),
                    calendar);
            RepairApplication application = applications.save(new RepairApplication(execution.getProcessInstanceId(),
                    assessment.subjectId(), assessment.subjectCode(), string(execution, "initiator"),
                    new RepairApplication.Declarations(obligations, signed,
                            optionalString(execution, "commitmentReference"),
                            optionalString(execution, "statement")),
                    assessment.records(), assessment.ineligibleReasons(), clock.instant(), today,
                    acceptanceDue));

            List<Map<String, String>> reviewItems = new ArrayList<>();
            for (RepairItem item : application.items()) {
                Map<String, String> reviewItem = new HashMap<>();
                reviewItem.put("recordId", Long.toString(item.recordId()));
                reviewItem.put("title", item.recordTitle());
                reviewItem.put("department", item.department());
                reviewItem.put("group", item.reviewerGroup());
                reviewItems.add(reviewItem);
            }
            execution.setVariable("repairApplicationId", application.id());
            execution.setVariable("reviewItems", reviewItems);
            execution.setVariable("eligible", application.eligible());
            execution.setVariable("ineligibleReasons", application.eligible() ? "" : application.ineligibleReasons());
            execution.setVariable("acceptanceDueDate", acceptanceDue.date().toString());
            execution.setVariable("acceptanceDueAt", Date.from(acceptanceDue.passesAt()));
            execution.setVariable("acceptanceDueFlagged", acceptanceDue.flagged());
            audit.record(CaseActor.current(), "REPAIR_APPLIED", AUDIT_TYPE, application.id(),
                    application.subjectCode() + " records " + application.items().stream()
                            .map(i -> i.recordId() + "→" + i.reviewerGroup()).toList()
                            + "; acceptance due " + acceptanceDue.date()
                            + (acceptanceDue.flagged() ? " (calendar year missing)" : "")
                            + (application.eligible() ? "; eligible" : "; not eligible: " + application.ineligibleReasons()));
        });
    }

    @Bean
    TenantScopedDelegate repairAcceptanceOverdue(RepairApplications applications, AuditLog audit,
                                                 PlatformClock clock) {
        return delegate(execution -> {
            RepairApplication application = find(applications, execution);
            application.markAcceptanceOverdue(clock.instant());
            audit.record(AuditLog.SYSTEM, "REPAIR_ACCEPTANCE_OVERDUE", AUDIT_TYPE, application.id(),
                    "acceptance was due " + application.acceptanceDue());
        });
    }

    @Bean
    TenantScopedDelegate repairAcceptance(RepairApplications applications, WorkingDayCalendar calendar,
                                          AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            RepairApplication application = find(applications, execution);
            LocalDate today = LocalDate.now(clock);
            String officer = CaseActor.current();
            if ("accept".equals(string(execution, "decision"))) {
                if (!application.eligible()) {
                    throw new InvalidInputException(List.of(new FieldProblem("decision", "not-eligible",
                            "the application is not eligible and must be rejected: "
                                    + application.ineligibleReasons())));
                }
                Deadline due = Deadline.afterWorkingDays(today, number(execution, "resultWorkingDays"), calendar);
                application.accept(officer, today, due);
                setResultDue(execution, due);
                execution.setVariable("originalResultDueDate", due.date().toString());
                audit.record(officer, "REPAIR_ACCEPTED", AUDIT_TYPE, application.id(),
                        "result due " + due.date() + (due.flagged() ? " (calendar year missing)" : ""));
            } else {
                application.reject(officer, today, string(execution, "rejectionReasons"), clock.instant());
                audit.record(officer, "REPAIR_REJECTED", AUDIT_TYPE, application.id(),
                        "not accepted: " + application.rejectionReasons());
            }
        });
    }

    @Bean
    TenantScopedDelegate repairRejectionNotice(RepairApplications applications, AuditLog audit,
                                               ApplicationEventPublisher events) {
        return delegate(execution -> {
            RepairApplication application = find(applications, execution);
            audit.record(AuditLog.SYSTEM, "REPAIR_REJECTION_NOTIFIED", AUDIT_TYPE, application.id(),
                    "subject " + application.subjectCode() + " told: " + application.rejectionReasons());
            events.publishEvent(new RepairApplicationRejected(execution.getTenantId(), application.id(),
                    application.caseId(), application.subjectCode(), application.rejectionReasons()));
        });
    }

    @Bean
    TenantScopedDelegate repairExtension(RepairApplications applications, WorkingDayCalendar calendar,
                                         TenantTasks workflow, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            RepairApplication application = find(applications, execution);
            int max = number(execution, "maxExtensionWorkingDays");
            int extra = extraWorkingDays(execution.getVariable("extraWorkingDays"), max);
            LocalDate today = LocalDate.now(clock);
            if (application.resultDeadline().passedOn(today)) {
                throw new InvalidInputException(List.of(new FieldProblem("extraWorkingDays", "deadline-passed",
                        "the result was due " + application.resultDue() + "; an extension must be asked before")));
            }
            String reason = string(execution, "extensionReason");
            Deadline due = Deadline.afterWorkingDays(application.resultDue(), extra, calendar);
            String officer = CaseActor.current();
            application.extend(extra, reason, officer, due, clock.instant());
            setResultDue(execution, due);
            execution.setVariable("extensionWorkingDays", extra);
            execution.setVariable("extendedBy", officer);
            // open department reviews show the moved deadline in the inbox (their due dates carry no timer)
            workflow.moveDueDates(execution.getProcessInstanceId(), "departmentReview", due.passesAt());
            audit.record(officer, "REPAIR_EXTENDED", AUDIT_TYPE, application.id(),
                    "result due moved from " + application.originalResultDue() + " to " + due.date() + " (+" + extra
                            + " working days): " + reason);
        });
    }

    @Bean
    TenantScopedDelegate repairResultDeadline(RepairApplications applications, AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            Date dueAt = (Date) execution.getVariable("resultDueAt");
            boolean moved = dueAt.toInstant().isAfter(clock.instant());
            execution.setVariable("resultDeadlineMoved", moved);
            if (!moved) {
                RepairApplication application = find(applications, execution);
                application.markResultOverdue(clock.instant());
                audit.record(AuditLog.SYSTEM, "REPAIR_RESULT_OVERDUE", AUDIT_TYPE, application.id(),
                        "the result was due " + application.resultDue());
            }
        });
    }

    @Bean
    TenantScopedDelegate repairConclusion(RepairApplications applications, CreditArchive archive,
                                          CreditPublicity publicity, AuditLog audit, PlatformClock clock,
                                          ApplicationEventPublisher events) {
        return delegate(execution -> {
            RepairApplication application = find(applications, execution);
            LocalDate today = LocalDate.now(clock);
            Map<Long, RecordView> records = archive.archiveOf(application.subjectId()).records().stream()
                    .collect(Collectors.toMap(RecordView::id, Function.identity()));
            List<Long> repaired = new ArrayList<>();
            List<Long> refused = new ArrayList<>();
            for (RepairItem item : application.items()) {
                if (item.outcome() != ItemOutcome.APPROVED) {
                    refused.add(item.recordId());
                    continue;
                }
                RecordView record = records.get(item.recordId());
                // checked first: a refusal thrown by the archive would roll the whole conclusion back
                if (record == null || record.state() != RecordState.PUBLISHED) {
                    item.note("publicity had already ended (" + (record == null ? "record gone" : record.state()) + ")");
                    continue;
                }
                if (record.publicity() != null && !record.publicity().repairAllowedOn(today)) {
                    item.note("minimum publicity period runs until " + record.publicity().earliestEnd());
                    refused.add(item.recordId());
                    continue;
                }
                publicity.endPublicityByRepair(item.recordId(), item.reviewedBy(),
                        truncate("信用修复 " + application.id() + ": " + item.reviewReasons(), 500));
                item.publicityEnded(clock.instant());
                repaired.add(item.recordId());
            }
            application.conclude(today, clock.instant());
            execution.setVariable("repairedRecordIds", repaired.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
            execution.setVariable("onTime", application.onTime());
            audit.record(CaseActor.current(), "REPAIR_CONCLUDED", AUDIT_TYPE, application.id(),
                    "repaired " + repaired + ", not repaired " + refused + "; result due " + application.resultDue()
                            + (application.onTime() ? ", on time" : ", late"));
            events.publishEvent(new RepairConcluded(execution.getTenantId(), application.id(), application.caseId(),
                    application.subjectCode(), List.copyOf(repaired), List.copyOf(refused), application.onTime()));
        });
    }

    /**
     * Records one department's review of one listed record when its task completes. The parallel review tasks share
     * the case's variables, so each answer is written to its item here, in the completing transaction.
     */
    @Bean
    TaskListener repairItemReview(RepairApplications applications, AuditLog audit, PlatformClock clock) {
        return taskListener(task -> {
            RepairApplication application = applications.findByCaseId(task.getProcessInstanceId()).orElseThrow(() ->
                    new IllegalStateException("No repair application for case " + task.getProcessInstanceId()));
            Map<?, ?> reviewItem = (Map<?, ?>) task.getVariable("reviewItem");
            long recordId = Long.parseLong(String.valueOf(reviewItem.get("recordId")));
            RepairItem item = application.itemFor(recordId).orElseThrow(() -> new IllegalStateException(
                    "Record " + recordId + " is not listed in application " + application.id()));
            boolean approved = "approve".equals(task.getVariable("reviewOutcome"));
            String reasons = String.valueOf(task.getVariable("reviewReasons"));
            String reviewer = CaseActor.current();
            item.review(approved, reasons, reviewer, clock.instant());
            audit.record(reviewer, approved ? "REPAIR_ITEM_APPROVED" : "REPAIR_ITEM_REFUSED", AUDIT_TYPE,
                    application.id(), "record " + recordId + " (" + item.department() + ", " + item.reviewerGroup()
                            + "): " + reasons);
        });
    }

    private static void setResultDue(DelegateExecution execution, Deadline due) {
        execution.setVariable("resultDueDate", due.date().toString());
        execution.setVariable("resultDueAt", Date.from(due.passesAt()));
        execution.setVariable("resultDueFlagged", due.flagged());
    }

    static int extraWorkingDays(Object value, int max) {
        BigDecimal number = value instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(value));
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0 || number.intValue() > max) {
            throw new InvalidInputException(List.of(new FieldProblem("extraWorkingDays", "out-of-range",
                    "must be a whole number of working days from 1 to " + max)));
        }
        return number.intValue();
    }

    static RepairApplication find(RepairApplications applications, DelegateExecution execution) {
        return applications.findByCaseId(execution.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No repair application for case " + execution.getProcessInstanceId()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
