package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.EngineValues.candidateGroups;
import static com.credittown.platform.workflow.EngineValues.processKeyOf;
import static com.credittown.platform.workflow.EngineValues.toInstant;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks with a deadline, as the deadline notices and the city dashboard's overdue heat map read them: bound
 * to the tenant and, inside a request, to the tasks the caller may see ({@link TaskAccess#visible}); through
 * {@code CityReads}, every tenant's in one query.
 */
@Service
public class DueTaskProjection {

    private final TaskAccess access;

    DueTaskProjection(TaskAccess access) {
        this.access = access;
    }

    /**
     * The open tasks due before the given instant (overdue ones included), earliest first, with their assignee and
     * candidate groups: what the deadline notifications are about.
     */
    @Transactional(readOnly = true)
    public List<DueTask> openTasksDueBefore(Instant before) {
        return access.visible()
                .taskDueBefore(Date.from(before))
                .includeIdentityLinks()
                .orderByTaskDueDate().asc()
                .orderByTaskId().asc()
                .list().stream()
                .map(task -> new DueTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                        toInstant(task.getDueDate()), task.getAssignee(), candidateGroups(task.getIdentityLinks())))
                .toList();
    }

    /**
     * The open tasks whose due date is at or before {@code now}, earliest due first, without their case data: what the
     * city dashboard's overdue heat map counts (the city office sees all of a tenant's tasks).
     */
    @Transactional(readOnly = true)
    public List<OverdueTask> overdueTasks(Instant now) {
        return access.visible()
                .taskDueBefore(Date.from(now.plusMillis(1)))
                .orderByTaskDueDate().asc()
                .orderByTaskId().asc()
                .list().stream()
                .map(task -> new OverdueTask(task.getTenantId(), task.getId(), task.getProcessInstanceId(),
                        processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
                        toInstant(task.getDueDate())))
                .toList();
    }
}
