package com.credittown.workflows.repair;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantGuard;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseActor;
import java.util.Map;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Records one department's review of one listed record when its task completes. The parallel review tasks share
 * the case's variables, so each answer is written to its item here, in the completing transaction.
 */
@Component("repairItemReview")
class RepairItemReview implements TaskListener {

    private final RepairApplications applications;
    private final AuditLog audit;
    private final PlatformClock clock;

    RepairItemReview(RepairApplications applications, AuditLog audit, PlatformClock clock) {
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        TenantGuard.requireActingFor(task.getTenantId());
        RepairApplication application = applications.findByCaseId(task.getProcessInstanceId()).orElseThrow(() ->
                new IllegalStateException("No repair application for case " + task.getProcessInstanceId()));
        Map<?, ?> reviewItem = (Map<?, ?>) task.getVariable("reviewItem");
        long recordId = Long.parseLong(String.valueOf(reviewItem.get("recordId")));
        RepairItem item = application.itemFor(recordId).orElseThrow(() ->
                new IllegalStateException("Record " + recordId + " is not listed in application " + application.id()));
        boolean approved = "approve".equals(task.getVariable("reviewOutcome"));
        String reasons = String.valueOf(task.getVariable("reviewReasons"));
        String reviewer = CaseActor.current();
        item.review(approved, reasons, reviewer, clock.instant());
        audit.record(reviewer, approved ? "REPAIR_ITEM_APPROVED" : "REPAIR_ITEM_REFUSED", RepairDelegates.AUDIT_TYPE,
                application.id(), "record " + recordId + " (" + item.department() + ", " + item.reviewerGroup() + "): "
                        + reasons);
    }
}
