package com.credittown.platform.metrics;

import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.EngineListeners;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts cases started and completed ({@code credittown_cases_started_total}, {@code credittown_cases_completed_total})
 * by tenant and process key, from the engine's own events: every way a case starts or ends (REST, UI, a timer, a
 * message) passes here. Counted after the engine's transaction commits, so a rolled-back start or completion is not
 * counted; a failure here never fails the case. A sub-process (call activity) is part of its case and not counted.
 */
class CaseMetrics extends EngineListeners.InTransaction {

    static final Set<FlowableEngineEventType> EVENTS = Set.of(
            FlowableEngineEventType.PROCESS_STARTED,
            FlowableEngineEventType.PROCESS_COMPLETED,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_TERMINATE_END_EVENT,
            FlowableEngineEventType.PROCESS_COMPLETED_WITH_ERROR_END_EVENT);

    static final String STARTED = "credittown.cases.started";
    static final String COMPLETED = "credittown.cases.completed";

    private final MeterRegistry registry;

    CaseMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean isFailOnException() {
        return false;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof ProcessInstance instance)
                || instance.getSuperExecutionId() != null
                || instance.getTenantId() == null || !TenantId.isWellFormed(instance.getTenantId())) {
            return;
        }
        String name = event.getType() == FlowableEngineEventType.PROCESS_STARTED ? STARTED : COMPLETED;
        Counter counter = Counter.builder(name)
                .description(name.equals(STARTED) ? "Cases started" : "Cases completed (reached an end event)")
                .tag("tenant", instance.getTenantId())
                .tag("process", processKeyOf(instance))
                .register(registry);
        afterCommit(counter::increment);
    }

    /** The definition's key: on the instance when it starts, from the engine's definition cache when it was loaded. */
    private static String processKeyOf(ProcessInstance instance) {
        if (instance.getProcessDefinitionKey() != null) {
            return instance.getProcessDefinitionKey();
        }
        ProcessDefinition definition = ProcessDefinitionUtil.getProcessDefinition(instance.getProcessDefinitionId());
        return definition == null ? "" : definition.getKey();
    }

    private static void afterCommit(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        });
    }
}
