package com.credittown.workflows.design;

import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.workflow.TenantDeployments;
import com.credittown.platform.workflow.TenantScopedDelegate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The automatic steps of designed processes: the only service a designed process may call. */
@Configuration(proxyBeanMethods = false)
class DesignDelegates {

    /**
     * A copy-to step ({@code ${designCopyTo}}): notifies its role, department or person that the case passed this
     * point. No task, nothing to decide; the recipient comes from the published design.
     */
    @Bean(DesignGrammar.COPY_TO_BEAN)
    TenantScopedDelegate designCopyTo(DesignService designs, NotificationService notifications,
                                      TenantDeployments deployments) {
        return delegate(execution -> {
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
        });
    }
}
