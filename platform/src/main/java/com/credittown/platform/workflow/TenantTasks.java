package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.EngineValues.toInstant;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's open tasks: the inbox and a case's current steps as the caller may see them, and claiming,
 * giving back and completing them under the {@link TaskAccess} rules. Every query and command is bound to the tenant;
 * another tenant's task is answered exactly like an id that does not exist.
 */
@Service
public class TenantTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskAccess access;
    private final WorkTasks work;
    private final CaseDecisions decisions;
    private final ManagementService engine;

    TenantTasks(TaskService tasks, RuntimeService runtime, TaskAccess access, WorkTasks work, CaseDecisions decisions,
            ManagementService engine) {
        this.tasks = tasks;
        this.engine = engine;
        this.runtime = runtime;
        this.access = access;
        this.work = work;
        this.decisions = decisions;
    }

    public static NotFoundException taskNotFound(String taskId) {
        return new NotFoundException("Task not found", "No open task '" + taskId + "' exists for this tenant.");
    }

    /** The open tasks of the tenant the caller may work ({@link TaskAccess#visible}), newest first. */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(int first, int max) {
        return page(access.visible().includeProcessVariables().orderByTaskCreateTime().desc(), first, max);
    }

    @Transactional(readOnly = true)
    public long countOpenTasks() {
        return access.visible().count();
    }

    /** A page of the inbox: the visible open tasks narrowed and ordered as the query says. */
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(InboxQuery inbox, int first, int max) {
        TaskQuery query = access.inbox(inbox).includeProcessVariables();
        query = switch (inbox.order()) {
            case NEWEST -> query.orderByTaskCreateTime().desc();
            case OLDEST -> query.orderByTaskCreateTime().asc();
            case DUE_FIRST -> query.orderByTaskDueDate().asc();
            case DUE_LAST -> query.orderByTaskDueDate().desc();
        };
        return page(query, first, max);
    }

    @Transactional(readOnly = true)
    public long countInbox(InboxQuery inbox) {
        return access.inbox(inbox).count();
    }

    /** One open task the caller may see. */
    @Transactional(readOnly = true)
    public Optional<WorkTask> task(String taskId) {
        return access.find(taskId).map(work::of);
    }

    /** The open tasks of one case the caller may see (the case page's current steps). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOfCase(String caseId) {
        return access.visible().processInstanceId(caseId).includeProcessVariables().orderByTaskCreateTime().asc()
                .list().stream().map(work::of).toList();
    }

    /**
     * The open tasks of one case of the tenant, whoever's group they belong to. Only for callers that have
     * checked the user's right to the case and step themselves (a merchant's own signing step).
     */
    @Transactional(readOnly = true)
    public List<WorkTask> allOpenTasksOfCase(String caseId) {
        return access.tenantTasks().processInstanceId(caseId).includeProcessVariables().orderByTaskCreateTime().asc()
                .list().stream().map(work::of).toList();
    }

    /** The caller takes an unassigned task they may work; a task someone else holds is a conflict. */
    @Transactional
    public void claim(String taskId, String actor) {
        Task task = access.find(taskId).orElseThrow(() -> taskNotFound(taskId));
        access.requireMayClaim(task, actor);
        tasks.claim(task.getId(), actor);
    }

    /** The caller gives a task they hold back to its candidate groups. */
    @Transactional
    public void unclaim(String taskId, String actor) {
        Task task = access.find(taskId).orElseThrow(() -> taskNotFound(taskId));
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(actor)) {
            throw new ConflictException("The task is held by " + task.getAssignee() + ", not by you");
        }
        tasks.unclaim(task.getId());
    }

    /**
     * Checks, before the caller validates a form, that the actor may complete this task: it is one of the tenant's
     * open tasks they may see (else "not found"), a city office works only the city's own steps, and a task a
     * colleague holds is theirs alone (a conflict naming the holder).
     */
    @Transactional(readOnly = true)
    public void requireMayComplete(String taskId, String actor) {
        mayComplete(taskId, actor);
    }

    /** Completes one of the tenant's open tasks; another tenant's task is "not found". */
    @Transactional
    public void complete(String taskId, String actor, Map<String, Object> data) {
        complete(taskId, actor, found -> data);
    }

    /**
     * Completes one of the tenant's open tasks with the data the caller makes of it (e.g. a form's validated data): the
     * task is read and checked once ({@link #requireMayComplete}'s checks first, then {@code data}, then the
     * completion), instead of once per step. Another tenant's task is "not found"; invalid data completes nothing.
     */
    @Transactional
    public void complete(String taskId, String actor, Function<WorkTask, Map<String, Object>> data) {
        complete(() -> mayComplete(taskId, actor), actor, data);
    }

    /**
     * Completes an open task of one case of the tenant on behalf of a party of the case (the subject signing),
     * whose right to the step the caller has checked; a task of another case or tenant is "not found".
     */
    @Transactional
    public void completeAsCaseParty(String caseId, String taskId, String actor, Map<String, Object> data) {
        complete(() -> Optional.ofNullable(taskId == null ? null
                        : access.tenantTasks().processInstanceId(caseId).taskId(taskId).singleResult())
                .orElseThrow(() -> taskNotFound(taskId)), actor, found -> data);
    }

    /**
     * Moves the due date of the open tasks of one step of one of the tenant's running cases, e.g. the department
     * reviews when the result deadline is extended, and returns how many moved. The due dates are what the inbox
     * and the deadline notices show (runtime and history alike). Joins the caller's transaction, so a service
     * task moves them together with its other writes. A case of another tenant, or one not running, is "not
     * found".
     */
    @Transactional
    public int moveDueDates(String caseId, String stepKey, Instant dueAt) {
        String tenant = TenantContext.require().code();
        if (caseId == null || runtime.createProcessInstanceQuery().processInstanceId(caseId)
                .processInstanceTenantId(tenant).count() == 0) {
            throw new NotFoundException("Case not found", "No running case '" + caseId + "' exists for this tenant.");
        }
        List<Task> open = tasks.createTaskQuery().taskTenantId(tenant).processInstanceId(caseId)
                .taskDefinitionKey(stepKey).list();
        Date due = Date.from(dueAt);
        open.forEach(task -> tasks.setDueDate(task.getId(), due));
        return open.size();
    }

    private List<WorkTask> page(TaskQuery ordered, int first, int max) {
        return ordered.orderByTaskId().asc().listPage(first, max).stream().map(work::of).toList();
    }

    private Task mayComplete(String taskId, String actor) {
        Task task = access.find(taskId).orElseThrow(() -> taskNotFound(taskId));
        access.requireMayComplete(task, actor);
        return task;
    }

    /**
     * Reads the task, checks it, makes its data (what these refuse is thrown as it is, and nothing is changed), takes
     * it and completes it, all in one engine command: the inner calls share the command's context, so the completion
     * finds the task the read loaded, and its execution, activities and identity links the assignment read, in the
     * entity cache and writes each row once (CaseStatementCountIntegrationTest counts a sign step's statements).
     */
    private void complete(Supplier<Task> find, String actor, Function<WorkTask, Map<String, Object>> data) {
        Completion done = CaseActor.actingAs(actor, () -> engine.executeCommand(context -> NestedEngineCalls.prepare(
                () -> {
                    Task task = find.get();
                    WorkTask found = work.of(task);
                    return new Completion(task, found, data.apply(found));
                }).then(completion -> NestedEngineCalls.call(() -> takeAndComplete(completion, actor))))).get();
        if (done.found().caseId() != null) {
            Task task = done.task();
            decisions.completed(done.found().caseId(), task.getId(), done.found().stepKey(), task.getName(), actor,
                    toInstant(task.getDueDate()), done.data());
        }
    }

    /** A completion prepared: the task as read, as the caller sees it, and its data. */
    private record Completion(Task task, WorkTask found, Map<String, Object> data) {
    }

    private Completion takeAndComplete(Completion completion, String actor) {
        Task task = completion.task();
        if (task.getAssignee() == null) {
            tasks.setAssignee(task.getId(), actor);
        }
        if (task.getDelegationState() == DelegationState.PENDING) {
            // 委派: the delegate's work goes back to the owner, who completes the step
            tasks.resolveTask(task.getId(), completion.data());
        } else if (completion.found().isCosign()) {
            // 加签: the co-signer's opinion is recorded below; the case waits for the step's holder
            tasks.complete(task.getId());
        } else {
            tasks.complete(task.getId(), completion.data());
        }
        return completion;
    }
}
