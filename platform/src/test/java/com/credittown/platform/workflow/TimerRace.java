package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.flowable.task.service.delegate.DelegateTask;
import org.flowable.task.service.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Test listener on the race probe's step: when a case is armed, the first completion of its step lets the step's
 * reminder timer fire on another thread, and waits until that has committed, before the completion goes on. That is
 * the moment a timer firing on an executor thread meets a user's completion, made certain instead of rare.
 */
@Component("timerRace")
class TimerRace implements TaskListener {

    private final ObjectProvider<ManagementService> management;
    private final ObjectProvider<HistoryService> history;
    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    final AtomicInteger fired = new AtomicInteger();

    TimerRace(ObjectProvider<ManagementService> management, ObjectProvider<HistoryService> history) {
        this.management = management;
        this.history = history;
    }

    void arm(String caseId) {
        armed.add(caseId);
    }

    private void awaitFiredElsewhere(String caseId) {
        HistoryService history = this.history.getObject();
        Awaitility.await("the reminder timer of " + caseId + " fired elsewhere")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                        .activityId("reminded").finished().count() > 0);
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = task.getProcessInstanceId();
        if (!armed.remove(caseId)) {
            return;
        }
        TenantId tenant = new TenantId(task.getTenantId());
        Thread timer = new Thread(() -> TenantContext.runAs(tenant, () -> {
            ManagementService jobs = management.getObject();
            Job due = jobs.createTimerJobQuery().processInstanceId(caseId).singleResult();
            Job executable = jobs.moveTimerToExecutableJob(due.getId());
            try {
                jobs.executeJob(executable.getId());
            } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException takenElsewhere) {
                // once executable, the job executor of any engine on this database (other cached test contexts
                // included) may take it first: the timer fires all the same, committed by that executor
                awaitFiredElsewhere(caseId);
            }
            fired.incrementAndGet();
        }), "race-timer");
        timer.start();
        try {
            timer.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
