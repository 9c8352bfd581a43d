package com.credittown.platform.workflow;

import java.time.Duration;
import java.time.Instant;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The race probe's deadline timer: extends the open review step by a week, as an escalation does. */
@Component("raceDueDateMover")
class RaceDueDateMover implements JavaDelegate {

    private final ObjectProvider<TenantTasks> workflow;

    RaceDueDateMover(ObjectProvider<TenantTasks> workflow) {
        this.workflow = workflow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        workflow.getObject().moveDueDates(execution.getProcessInstanceId(), "review",
                Instant.now().plus(Duration.ofDays(7)));
    }
}
