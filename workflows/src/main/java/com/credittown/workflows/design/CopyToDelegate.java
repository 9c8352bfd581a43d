package com.credittown.workflows.design;

import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.util.List;
import com.credittown.platform.workflow.TenantDeployments;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A copy-to step of a designed process ({@code ${designCopyTo}}): notifies its role, department or person that the
 * case passed this point. No task, nothing to decide; the recipient comes from the published design.
 */
@Component(DesignGrammar.COPY_TO_BEAN)
class CopyToDelegate extends TenantScopedDelegate {

    private final DesignService designs;
    private final NotificationService notifications;
    private final TenantDeployments deployments;

    CopyToDelegate(DesignService designs, NotificationService notifications, TenantDeployments deployments) {
        this.designs = designs;
        this.notifications = notifications;
        this.deployments = deployments;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String deploymentId = deployments.deploymentOf(execution.getProcessDefinitionId());
        DesignStep step = designs.modelOfDeployment(deploymentId)
                .flatMap(model -> model.step(execution.getCurrentActivityId()))
                .orElseThrow(() -> new IllegalStateException("No copy-to step '" + execution.getCurrentActivityId()
                        + "' in the published design of deployment " + deploymentId));
        String group = step.assignee().candidateGroup();
        notifications.notify(NotificationKind.COPIED,
                new NotificationService.About("copy-" + execution.getId(), execution.getProcessInstanceId(),
                        step.name(), null),
                group == null ? step.assignee().value() : null, group == null ? List.of() : List.of(group));
    }
}
