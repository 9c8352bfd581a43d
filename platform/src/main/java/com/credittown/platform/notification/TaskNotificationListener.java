package com.credittown.platform.notification;

import com.credittown.platform.tenancy.TenantGuard;
import com.credittown.platform.workflow.CaseActor;
import java.util.List;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import com.credittown.platform.workflow.EngineListeners;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On TASK_CREATED, writes a "task assigned" notification for the task's assignee and candidate groups; on
 * TASK_ASSIGNED (a task claimed or handed to someone later), for the new assignee only (the groups were told at
 * creation, and a user taking a task themselves needs no notice, so completing a task costs no notification query).
 * Written in the engine's transaction (a failure rolls the command back), for the task's tenant: the listener runs
 * inside the command's tenant context and refuses to write for any other tenant.
 */
class TaskNotificationListener extends EngineListeners.InTransaction {

    static final Set<FlowableEngineEventType> EVENTS =
            Set.of(FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED);

    private final ObjectProvider<NotificationService> notifications;

    TaskNotificationListener(ObjectProvider<NotificationService> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent) || !(entityEvent.getEntity() instanceof Task task)) {
            return;
        }
        if (task.getTenantId() == null || task.getTenantId().isBlank()) {
            return; // only tenants' processes exist; an engine-internal task without tenant has nobody to notify
        }
        TenantGuard.requireActingFor(task.getTenantId());
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .distinct()
                .toList();
        // a user who takes a task to work it (or starts a case whose first step is theirs) needs no notice
        String assignee = task.getAssignee() != null && task.getAssignee().equals(CaseActor.current())
                ? null : task.getAssignee();
        NotificationService.About about = new NotificationService.About(task.getId(), task.getProcessInstanceId(),
                task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            // a task created in this very command: nobody can have been notified about it outside this transaction
            notifications.getObject().notifyNewTask(NotificationKind.TASK_ASSIGNED, about, assignee, groups);
        } else if (assignee != null) {
            // (re)assigned later: the new assignee is told; the candidate groups were told when the task was created
            notifications.getObject().notify(NotificationKind.TASK_ASSIGNED, about, assignee, List.of());
        }
    }
}
