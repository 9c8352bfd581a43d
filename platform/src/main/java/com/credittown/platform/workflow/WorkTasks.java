package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.EngineValues.nonNull;
import static com.credittown.platform.workflow.EngineValues.processKeyOf;
import static com.credittown.platform.workflow.EngineValues.toInstant;

import com.credittown.platform.tenancy.TenantContext;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Maps the engine's open tasks to the project's {@link WorkTask}: what views and REST see of a task. */
@Component
class WorkTasks {

    private final TaskService tasks;

    WorkTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    WorkTask of(Task task) {
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        if (task.getParentTaskId() != null && task.getProcessInstanceId() == null) {
            // a co-signer's task (加签): it belongs to the case and step of the task it was added to
            Task parent = tasks.createTaskQuery().taskId(task.getParentTaskId())
                    .taskTenantId(TenantContext.require().code()).includeProcessVariables().singleResult();
            if (parent != null) {
                return new WorkTask(task.getId(), task.getName(), parent.getProcessInstanceId(),
                        processKeyOf(parent.getProcessDefinitionId()), parent.getTaskDefinitionKey(), null,
                        toInstant(task.getCreateTime()), toInstant(task.getDueDate()), task.getAssignee(),
                        Map.copyOf(nonNull(parent.getProcessVariables())), task.getOwner(), delegated, parent.getId());
            }
        }
        return new WorkTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getFormKey(),
                toInstant(task.getCreateTime()), toInstant(task.getDueDate()), task.getAssignee(),
                Map.copyOf(nonNull(task.getProcessVariables())), task.getOwner(), delegated, task.getParentTaskId());
    }
}
