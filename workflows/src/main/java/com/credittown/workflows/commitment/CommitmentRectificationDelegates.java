package com.credittown.workflows.commitment;

import static com.credittown.platform.workflow.CaseVariables.number;
import static com.credittown.platform.workflow.CaseVariables.optionalString;
import static com.credittown.platform.workflow.CaseVariables.string;
import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;
import static com.credittown.platform.workflow.TenantScopedDelegate.taskListener;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseActor;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.time.LocalDate;
import java.util.Date;
import org.flowable.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order to rectify within a deadline (责令限期整改) of the credit-commitment process: a commitment found
 * unfulfilled is ordered rectified before any breach is found (国办发〔2020〕42号); the period is the template
 * parameter {@code rectificationWorkingDays} (a city setting, working days on the city calendar). The subject is
 * notified, submits its rectification, the officer reviews it: accepted, the case ends without a dishonesty record;
 * rejected, or the deadline passed with nothing submitted, the breach follows ({@code commitmentBreach}).
 */
@Configuration(proxyBeanMethods = false)
class CommitmentRectificationDelegates {

    @Bean
    TenantScopedDelegate commitmentRectificationOrder(Commitments commitments, WorkingDayCalendar calendar,
                                                      AuditLog audit, PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = CommitmentDelegates.find(commitments, execution);
            Deadline due = Deadline.afterWorkingDays(LocalDate.now(clock),
                    number(execution, "rectificationWorkingDays"), calendar);
            commitment.orderRectification(string(execution, "findings"), optionalString(execution, "legalBasis"),
                    due, clock.instant());
            execution.setVariable("rectificationDueDate", due.date().toString());
            execution.setVariable("rectificationDueAt", Date.from(due.passesAt()));
            execution.setVariable("rectificationDueFlagged", due.flagged());
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_ORDERED_TO_RECTIFY", CommitmentDelegates.AUDIT_TYPE,
                    commitment.id(), "rectify by " + due.date() + (due.flagged() ? " (calendar year missing)" : "")
                            + ": " + commitment.findings());
        });
    }

    /** When the rectification step opens, the order is served on the subject: its accounts are notified. */
    @Bean
    TaskListener commitmentRectificationNotice(NotificationService notifications) {
        return taskListener(task -> {
            String name = optionalString(task, "subjectName");
            notifications.notifySubject(NotificationKind.ORDER_TO_RECTIFY, new NotificationService.About(task.getId(),
                    task.getProcessInstanceId(), "责令限期整改：" + (name == null ? "" : name) + "（整改期限至 "
                    + optionalString(task, "rectificationDueDate") + "）",
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()),
                    optionalString(task, "subjectCode"));
        });
    }

    @Bean
    TenantScopedDelegate commitmentRectificationSubmitted(Commitments commitments, AuditLog audit,
                                                          PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = CommitmentDelegates.find(commitments, execution);
            commitment.submitRectification(string(execution, "rectification"),
                    LocalDate.parse(string(execution, "rectifiedOn")), clock.instant());
            audit.recordAtCommit(CaseActor.current(), "COMMITMENT_RECTIFICATION_SUBMITTED",
                    CommitmentDelegates.AUDIT_TYPE, commitment.id(), "rectified on " + commitment.rectifiedOn());
        });
    }

    @Bean
    TenantScopedDelegate commitmentRectificationReviewed(Commitments commitments, AuditLog audit,
                                                         PlatformClock clock) {
        return delegate(execution -> {
            Commitment commitment = CommitmentDelegates.find(commitments, execution);
            String opinion = string(execution, "rectificationOpinion");
            boolean accepted = "accepted".equals(execution.getVariable("rectificationOutcome"));
            if (accepted) {
                commitment.rectified(opinion, clock.instant());
            } else {
                commitment.rectificationRejected(opinion);
            }
            audit.recordAtCommit(CaseActor.current(), accepted ? "COMMITMENT_RECTIFIED"
                    : "COMMITMENT_RECTIFICATION_REJECTED", CommitmentDelegates.AUDIT_TYPE, commitment.id(), opinion);
        });
    }

    @Bean
    TenantScopedDelegate commitmentRectificationLapsed(Commitments commitments, AuditLog audit) {
        return delegate(execution -> {
            Commitment commitment = CommitmentDelegates.find(commitments, execution);
            commitment.rectificationLapsed();
            audit.recordAtCommit(AuditLog.SYSTEM, "COMMITMENT_RECTIFICATION_LAPSED", CommitmentDelegates.AUDIT_TYPE,
                    commitment.id(), "no rectification by " + commitment.rectificationDue());
        });
    }
}
