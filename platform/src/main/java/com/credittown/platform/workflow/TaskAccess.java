package com.credittown.platform.workflow;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.ConflictException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.service.impl.persistence.CountingTaskEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and work which of the tenant's open tasks: a user sees the tasks of their candidate groups (roles and
 * department) and those assigned to them, the city office and the platform itself all of the tenant's; the city office
 * works only the city's own steps; a task someone holds is theirs alone; a step with co-signers waits for them.
 */
@Component
class TaskAccess {

    private static final String CITY_STEPS_ONLY =
            "The city office only works the city's own steps (e.g. city confirmation)";

    private final TaskService tasks;
    private final Clock clock;

    TaskAccess(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The open tasks the caller may see; through {@code CityReads}, every tenant's, each carrying its tenant. */
    TaskQuery visible() {
        if (TenantContext.readsForCity()) {
            return tasks.createTaskQuery().active();
        }
        TaskQuery query = tenantTasks();
        Optional<CurrentUser> user = CurrentUsers.current().filter(u -> !u.isCityOffice());
        if (user.isPresent()) {
            List<String> groups = user.get().candidateGroups();
            query = groups.isEmpty()
                    ? query.taskAssignee(user.get().username())
                    // a task of the user's groups that a colleague has claimed stays visible (ignoreAssigneeValue):
                    // the "all" tab and the case page show who holds it; only its holder may complete it
                    : query.or().taskCandidateGroupIn(groups).ignoreAssigneeValue()
                            .taskAssignee(user.get().username()).endOr();
        }
        return query;
    }

    /** The open tasks of the tenant, whoever may work them (for callers that checked the right themselves). */
    TaskQuery tenantTasks() {
        return tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).active();
    }

    /** The visible tasks narrowed as the inbox query says (unordered). */
    TaskQuery inbox(InboxQuery inbox) {
        Optional<CurrentUser> user = CurrentUsers.current();
        TaskQuery query = switch (inbox.scope()) {
            case MINE -> tenantTasks().taskAssignee(user.map(CurrentUser::username).orElse(""));
            case GROUPS -> {
                List<String> groups = user.filter(u -> !u.isCityOffice()).map(CurrentUser::candidateGroups)
                        .orElse(List.of());
                TaskQuery unassigned = tenantTasks().taskUnassigned();
                yield groups.isEmpty() && user.map(CurrentUser::isCityOffice).orElse(false) ? unassigned
                        : unassigned.taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups);
            }
            case OVERDUE -> visible().taskDueBefore(Date.from(clock.instant()));
            case ALL -> visible();
        };
        if (inbox.processKey() != null) {
            query = query.processDefinitionKey(inbox.processKey());
        }
        if (inbox.text() != null) {
            String like = "%" + inbox.text().replace("%", "").replace("_", "") + "%";
            query = query.or().taskNameLikeIgnoreCase(like)
                    .processVariableValueLikeIgnoreCase("subjectName", like)
                    .processInstanceBusinessKeyLikeIgnoreCase(like).endOr();
        }
        return query;
    }

    /**
     * One open task the caller may see ({@link #visible}), with its case's data; else empty (another tenant's reads as
     * unknown). For a user with candidate groups the two halves of {@link #visible}'s "or" are asked one after the
     * other, the groups first (where a step usually is): the engine's query builder evaluates its whole criteria once
     * more for an "or" ({@code orQueryObjects}), which made this read cost about three times a plain task query's CPU
     * (docs/benchmarks/engine.md, sixth round). A task of the user's groups is found with one query, as before; one
     * only assigned to them (a task handed to them, 委派) with a second.
     */
    Optional<Task> find(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = TenantContext.readsForCity() ? Optional.empty()
                : CurrentUsers.current().filter(u -> !u.isCityOffice());
        List<String> groups = user.map(CurrentUser::candidateGroups).orElse(List.of());
        if (groups.isEmpty()) {
            return Optional.ofNullable(visible().taskId(taskId).includeProcessVariables().singleResult());
        }
        Task ofGroups = tenantTasks().taskId(taskId).taskCandidateGroupIn(groups).ignoreAssigneeValue()
                .includeProcessVariables().singleResult();
        return ofGroups != null ? Optional.of(ofGroups) : Optional.ofNullable(tenantTasks().taskId(taskId)
                .taskAssignee(user.get().username()).includeProcessVariables().singleResult());
    }

    /** The caller may take the task: the city office only its own steps, and no one a task someone else holds. */
    void requireMayClaim(Task task, String actor) {
        requireCityStepForCityOffice(task);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new ConflictException("The task is already taken by " + task.getAssignee());
        }
    }

    /** The caller may complete the task: as for claiming, and the co-signers added to it have all signed. */
    void requireMayComplete(Task task, String actor) {
        requireCityStepForCityOffice(task);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new ConflictException(
                    "The task is held by " + task.getAssignee() + "; only they may complete it or give it back");
        }
        List<String> cosigners = mayHaveSubTasks(task)
                ? tasks.getSubTasks(task.getId()).stream().map(Task::getAssignee).toList() : List.of();
        if (!cosigners.isEmpty()) {
            // 加签: the added co-signers sign before the step itself is completed
            throw new ConflictException(
                    "The co-signers " + cosigners + " have not all signed yet; the task completes after them");
        }
    }

    /**
     * Whether the task may have subtasks (co-signers'). The engine counts the subtasks added to a task (never down, so a
     * count above zero still asks) and reads them only when the count says so before deleting a task; the same is
     * done here, so the usual completion, of a task nobody was added to, sends no query for them. A task created
     * before the engine counted asks.
     */
    private static boolean mayHaveSubTasks(Task task) {
        return !(task instanceof CountingTaskEntity counted) || !counted.isCountEnabled()
                || counted.getSubTaskCount() > 0;
    }

    private void requireCityStepForCityOffice(Task task) {
        if (CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false) && !isCityStep(task)) {
            throw new AccessDeniedException(CITY_STEPS_ONLY);
        }
    }

    /** A step the city office itself performs: its candidate group is the city-office role. */
    private boolean isCityStep(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> Roles.CITY_OFFICE.equals(link.getGroupId()));
    }
}
