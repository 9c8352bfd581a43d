package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.Optional;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEvent;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import com.credittown.platform.workflow.EngineListeners;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Writes the outbox row of a case whenever the case or one of its tasks changes: process started, completed or
 * cancelled; task created, assigned (claim, unclaim, delegate), completed, or updated (e.g. its due date). It runs
 * inside the engine's command and so in its transaction: the row commits with the change or not at all (a failure
 * rolls the command back). The dispatcher reads the case's state when it sends it.
 */
class CaseSearchListener extends EngineListeners.InTransaction {

    static final Set<FlowableEngineEventType> EVENTS = Set.of(
            FlowableEngineEventType.PROCESS_STARTED,
            FlowableEngineEventType.PROCESS_COMPLETED,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_ERROR_END_EVENT,
            FlowableEngineEventType.PROCESS_CANCELLED,
            FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED,
            FlowableEngineEventType.TASK_COMPLETED,
            FlowableEngineEventType.ENTITY_UPDATED);

    private final ObjectProvider<SearchOutbox> outbox;

    CaseSearchListener(ObjectProvider<SearchOutbox> outbox) {
        this.outbox = outbox;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEvent engineEvent) || engineEvent.getProcessInstanceId() == null) {
            return;
        }
        Object entity = event instanceof FlowableEntityEvent entityEvent ? entityEvent.getEntity() : null;
        if (event.getType() == FlowableEngineEventType.ENTITY_UPDATED && !(entity instanceof Task)) {
            return; // of updated entities only tasks (due date, name, owner) change what the index shows
        }
        String tenantCode = entity instanceof Task task ? task.getTenantId()
                : entity instanceof Execution execution ? execution.getTenantId()
                : TenantContext.current().map(TenantId::code).orElse(null);
        Optional<TenantId> tenant = Optional.ofNullable(tenantCode).filter(TenantId::isWellFormed).map(TenantId::new);
        // only tenants' processes are indexed; an engine-internal process without tenant is not a case
        tenant.ifPresent(t -> outbox.getObject().caseChanged(t, engineEvent.getProcessInstanceId()));
    }
}
