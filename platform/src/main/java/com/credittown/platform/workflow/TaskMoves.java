package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine side of task operations (转办, 委派, 退回, 撤回, 加签): each bound to the current tenant, like
 * {@link TenantTasks}. Who may do what, and what the law keeps (locked steps), is decided by the caller
 * ({@code TaskOperations} in workflows); this class only moves tasks, and answers another tenant's id exactly like one
 * that does not exist.
 */
@Service
public class TaskMoves {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final WorkTasks work;
    private final org.flowable.engine.RepositoryService repository;

    TaskMoves(TaskService tasks, RuntimeService runtime, HistoryService history, WorkTasks work,
              org.flowable.engine.RepositoryService repository) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.work = work;
        this.repository = repository;
    }

    /** A completed user step of a case: who completed it and when. */
    public record CompletedStep(String taskId, String stepKey, String name, String assignee, Instant completedAt) {
    }

    /** An automatic or user step of a case that ended at or after a moment. */
    public record EndedStep(String stepKey, String type, Instant endedAt) {
    }

    /** Any open task of the tenant, whoever may work it (for the holder and the administrator checks). */
    @Transactional(readOnly = true)
    public Optional<WorkTask> anyTask(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskTenantId(TenantContext.require().code())
                        .taskId(taskId).active().includeProcessVariables().singleResult())
                .map(work::of);
    }

    /** The candidate groups a task is offered to (roles, {@code department:<code>}). */
    @Transactional(readOnly = true)
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(require(taskId).getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).distinct().toList();
    }

    /** 转办: the task gets a new holder. */
    @Transactional
    public void transfer(String taskId, String actor, String target) {
        Task task = require(taskId);
        CaseActor.actingAs(actor, () -> {
            tasks.setAssignee(task.getId(), target);
            return null;
        });
    }

    /** 委派: the task goes to a delegate and comes back to its holder (the owner) when the delegate is done. */
    @Transactional
    public void delegate(String taskId, String actor, String target) {
        Task task = require(taskId);
        CaseActor.actingAs(actor, () -> {
            if (task.getAssignee() == null) {
                tasks.setAssignee(task.getId(), actor);
            }
            tasks.delegateTask(task.getId(), target);
            return null;
        });
    }

    /** 加签: a co-signer's task under the given one, which cannot complete until every co-signer has signed. */
    @Transactional
    public String addCosigner(String taskId, String actor, String cosigner, String name) {
        Task parent = require(taskId);
        return CaseActor.actingAs(actor, () -> {
            Task sub = tasks.newTask();
            sub.setParentTaskId(parent.getId());
            sub.setTenantId(parent.getTenantId());
            sub.setName(name);
            sub.setAssignee(cosigner);
            sub.setOwner(actor);
            sub.setCategory("cosign");
            tasks.saveTask(sub);
            return sub.getId();
        });
    }

    /** The open co-signers' tasks of a task (加签), oldest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> cosignersOf(String taskId) {
        return tasks.getSubTasks(require(taskId).getId()).stream()
                .sorted(Comparator.comparing(Task::getCreateTime)).map(work::of).toList();
    }

    /** The user steps of a case completed so far (not those a move cancelled), in order of completion. */
    @Transactional(readOnly = true)
    public List<CompletedStep> completedSteps(String caseId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(caseId)
                .taskTenantId(TenantContext.require().code()).finished()
                .orderByHistoricTaskInstanceEndTime().asc().orderByTaskId().asc().list().stream()
                .filter(task -> task.getDeleteReason() == null)
                .map(TaskMoves::completed).toList();
    }

    /** The steps of a case that ended at or after the given moment (to see what has taken effect since). */
    @Transactional(readOnly = true)
    public List<EndedStep> stepsEndedSince(String caseId, Instant since) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                .activityTenantId(TenantContext.require().code()).finished().list().stream()
                .filter(step -> step.getEndTime() != null && !step.getEndTime().toInstant().isBefore(since))
                .filter(step -> step.getDeleteReason() == null)
                .map(TaskMoves::ended).toList();
    }

    /**
     * The elements of the case's process that lie on a path from one step to any of the others (both ends excluded):
     * what a case moving from {@code from} to {@code to} may have passed through. Boundary events count as reachable
     * from their activity, a sub-process's start from the sub-process, and its ends lead on to what follows it.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> stepsBetween(String caseId, String from, java.util.Collection<String> to) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
                .processInstanceTenantId(TenantContext.require().code()).singleResult();
        if (instance == null) {
            return java.util.Set.of();
        }
        var process = repository.getBpmnModel(instance.getProcessDefinitionId()).getMainProcess();
        java.util.Map<String, java.util.Set<String>> next = new java.util.HashMap<>();
        java.util.Map<String, java.util.Set<String>> previous = new java.util.HashMap<>();
        java.util.function.BiConsumer<String, String> edge = (a, b) -> {
            next.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
            previous.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
        };
        for (var node : process.findFlowElementsOfType(org.flowable.bpmn.model.FlowNode.class, true)) {
            node.getOutgoingFlows().forEach(flow -> edge.accept(node.getId(), flow.getTargetRef()));
            if (node instanceof org.flowable.bpmn.model.Activity activity) {
                activity.getBoundaryEvents().forEach(boundary -> edge.accept(node.getId(), boundary.getId()));
            }
            if (node instanceof org.flowable.bpmn.model.SubProcess sub) {
                sub.getFlowElements().stream().filter(e -> e instanceof org.flowable.bpmn.model.StartEvent)
                        .forEach(start -> edge.accept(sub.getId(), start.getId()));
            }
            if (node instanceof org.flowable.bpmn.model.EndEvent
                    && node.getParentContainer() instanceof org.flowable.bpmn.model.SubProcess sub) {
                sub.getOutgoingFlows().forEach(flow -> edge.accept(node.getId(), flow.getTargetRef()));
            }
        }
        java.util.Set<String> after = reach(next, List.of(from));
        java.util.Set<String> before = reach(previous, to);
        after.retainAll(before);
        after.remove(from);
        after.removeAll(to);
        return after;
    }

    private static java.util.Set<String> reach(java.util.Map<String, java.util.Set<String>> edges,
                                               java.util.Collection<String> starts) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>();
        for (String start : starts) {
            edges.getOrDefault(start, java.util.Set.of()).forEach(todo::add);
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                edges.getOrDefault(id, java.util.Set.of()).forEach(todo::add);
            }
        }
        return seen;
    }

    /** The case's open tasks (steps of the process, not co-signers'), oldest first, whoever may work them. */
    @Transactional(readOnly = true)
    public List<WorkTask> openStepsOf(String caseId) {
        return tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).processInstanceId(caseId)
                .active().includeProcessVariables().orderByTaskCreateTime().asc().list().stream()
                .map(work::of).toList();
    }

    /**
     * 退回 / 撤回: the case's open steps are cancelled (their co-signers' tasks with them) and the case goes back to an
     * earlier user step, which is given to {@code assignee}. Returns the new task ids.
     */
    @Transactional
    public List<String> moveBack(String caseId, String stepKey, String actor, String assignee, String reason) {
        String tenant = TenantContext.require().code();
        if (runtime.createProcessInstanceQuery().processInstanceId(caseId).processInstanceTenantId(tenant)
                .count() == 0) {
            throw new NotFoundException("Case not found", "No running case '" + caseId + "' exists for this tenant.");
        }
        List<Task> open = tasks.createTaskQuery().taskTenantId(tenant).processInstanceId(caseId).active().list();
        if (open.isEmpty()) {
            throw new ConflictException("The case has no open step to move back from");
        }
        List<String> before = open.stream().map(Task::getId).toList();
        CaseActor.actingAs(actor, () -> {
            for (Task task : open) {
                tasks.getSubTasks(task.getId()).forEach(sub -> tasks.deleteTask(sub.getId(), reason));
            }
            runtime.createChangeActivityStateBuilder().processInstanceId(caseId)
                    .moveActivityIdsToSingleActivityId(open.stream().map(Task::getTaskDefinitionKey).distinct()
                            .toList(), stepKey)
                    .changeState();
            return null;
        });
        List<Task> created = tasks.createTaskQuery().taskTenantId(tenant).processInstanceId(caseId)
                .taskDefinitionKey(stepKey).active().list().stream()
                .filter(task -> !before.contains(task.getId())).toList();
        if (created.size() == 1 && assignee != null) {
            tasks.setAssignee(created.get(0).getId(), assignee);
        }
        return created.stream().map(Task::getId).toList();
    }

    private Task require(String taskId) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskTenantId(TenantContext.require().code())
                .taskId(taskId).active().singleResult();
        if (task == null) {
            throw TenantTasks.taskNotFound(taskId);
        }
        return task;
    }

    /** Whether a task is with a delegate now (委派 pending). */
    @Transactional(readOnly = true)
    public boolean isDelegated(String taskId) {
        return require(taskId).getDelegationState() == DelegationState.PENDING;
    }

    private static CompletedStep completed(HistoricTaskInstance task) {
        return new CompletedStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                toInstant(task.getEndTime()));
    }

    private static EndedStep ended(HistoricActivityInstance step) {
        return new EndedStep(step.getActivityId(), step.getActivityType(), toInstant(step.getEndTime()));
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
