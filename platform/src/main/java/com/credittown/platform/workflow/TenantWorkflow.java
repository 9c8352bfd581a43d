package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way application code reaches Flowable's runtime data. Every query and command is bound to the
 * {@link TenantContext}: processes start by key and tenant, tasks and cases are looked up within the
 * tenant, and another tenant's id is answered exactly like an id that does not exist.
 */
@Service
public class TenantWorkflow {

    private static final List<String> VISIBLE_STEP_TYPES =
            List.of("userTask", "serviceTask", "startEvent", "endEvent", "boundaryEvent", "exclusiveGateway");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;

    private final CaseStepRecords decisions;
    private final ObjectMapper json;
    private final java.time.Clock clock;

    TenantWorkflow(RuntimeService runtime, TaskService tasks, HistoryService history, RepositoryService repository,
                   CaseStepRecords decisions, ObjectMapper json, java.time.Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.decisions = decisions;
        this.json = json;
        this.clock = clock;
    }

    /** Starts the tenant's latest version of a process. */
    @Transactional
    public String startCase(String processKey, String businessKey, String actor, Map<String, Object> data) {
        TenantId tenant = TenantContext.require();
        requireDefinition(processKey);
        ProcessInstance instance = CaseActor.actingAs(actor, () -> runtime.createProcessInstanceBuilder()
                .processDefinitionKey(processKey)
                .tenantId(tenant.code())
                .businessKey(businessKey)
                .variables(data)
                .start());
        decisions.save(new CaseStepRecord(instance.getId(), null, "start", null, actor, clock.instant(), null,
                write(data)));
        return instance.getId();
    }

    /**
     * Starts a case on this process definition, the current tenant's (found by {@link #requirePublished}): one
     * look-up of the latest version for the whole start. A definition of another tenant is "not found".
     */
    @Transactional
    public String startCase(ProcessDefinition definition, String businessKey, String actor, Map<String, Object> data) {
        TenantId tenant = TenantContext.require();
        if (definition == null || !tenant.code().equals(definition.getTenantId())) {
            throw new NotFoundException("Unknown process", "No such process is published for this tenant.");
        }
        ProcessInstance instance = CaseActor.actingAs(actor, () -> runtime.createProcessInstanceBuilder()
                .processDefinitionId(definition.getId())
                .businessKey(businessKey)
                .variables(data)
                .start());
        decisions.save(new CaseStepRecord(instance.getId(), null, "start", null, actor, clock.instant(), null,
                write(data)));
        return instance.getId();
    }

    /** The current tenant's latest version of a published process, or "not found". */
    @Transactional(readOnly = true)
    public ProcessDefinition requirePublished(String processKey) {
        return requireDefinition(processKey);
    }

    /** The form key of a published process's start event, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> startFormKey(String processKey) {
        return startFormKey(requireDefinition(processKey));
    }

    /** The form key of this process definition's start event, if it has one (the model comes from the engine's cache). */
    public Optional<String> startFormKey(ProcessDefinition definition) {
        var initial = repository.getBpmnModel(definition.getId()).getMainProcess().getInitialFlowElement();
        return initial instanceof org.flowable.bpmn.model.StartEvent start
                ? Optional.ofNullable(start.getFormKey()) : Optional.empty();
    }

    private ProcessDefinition requireDefinition(String processKey) {
        return latestDefinition(processKey).orElseThrow(() -> new NotFoundException("Unknown process",
                "No process '" + processKey + "' is published for this tenant."));
    }

    @Transactional(readOnly = true)
    public Optional<ProcessDefinition> latestDefinition(String processKey) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .processDefinitionTenantId(TenantContext.require().code())
                .latestVersion()
                .singleResult());
    }

    @Transactional(readOnly = true)
    public List<ProcessDefinition> publishedProcesses() {
        return repository.createProcessDefinitionQuery()
                .processDefinitionTenantId(TenantContext.require().code())
                .latestVersion()
                .orderByProcessDefinitionKey().asc()
                .list();
    }

    /**
     * The open tasks of the tenant the caller may work, newest first: a user sees the tasks of their
     * candidate groups (roles and department) and those assigned to them; the city office and the
     * platform itself see all of the tenant's tasks.
     */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(int first, int max) {
        return visibleTasks()
                .includeProcessVariables()
                .orderByTaskCreateTime().desc()
                .orderByTaskId().asc()
                .listPage(first, max)
                .stream().map(this::toWorkTask).toList();
    }

    @Transactional(readOnly = true)
    public long countOpenTasks() {
        return visibleTasks().count();
    }

    /** A page of the inbox: the visible open tasks narrowed and ordered as the query says. */
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(InboxQuery inbox, int first, int max) {
        TaskQuery query = inboxTasks(inbox).includeProcessVariables();
        query = switch (inbox.order()) {
            case NEWEST -> query.orderByTaskCreateTime().desc();
            case OLDEST -> query.orderByTaskCreateTime().asc();
            case DUE_FIRST -> query.orderByTaskDueDate().asc();
            case DUE_LAST -> query.orderByTaskDueDate().desc();
        };
        return query.orderByTaskId().asc().listPage(first, max).stream().map(this::toWorkTask).toList();
    }

    @Transactional(readOnly = true)
    public long countInbox(InboxQuery inbox) {
        return inboxTasks(inbox).count();
    }

    private TaskQuery inboxTasks(InboxQuery inbox) {
        Optional<CurrentUser> user = CurrentUsers.current();
        TaskQuery query = switch (inbox.scope()) {
            case MINE -> tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).active()
                    .taskAssignee(user.map(CurrentUser::username).orElse(""));
            case GROUPS -> {
                List<String> groups = user.filter(u -> !u.isCityOffice()).map(CurrentUser::candidateGroups)
                        .orElse(List.of());
                TaskQuery unassigned = tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).active()
                        .taskUnassigned();
                yield groups.isEmpty() && user.map(CurrentUser::isCityOffice).orElse(false) ? unassigned
                        : unassigned.taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups);
            }
            case OVERDUE -> visibleTasks().taskDueBefore(Date.from(clock.instant()));
            case ALL -> visibleTasks();
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

    /** The caller takes an unassigned task they may work; a task someone else holds is a conflict. */
    @Transactional
    public void claim(String taskId, String actor) {
        Task task = findTask(taskId).orElseThrow(() -> taskNotFound(taskId));
        if (CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false) && !isCityStep(task)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The city office only works the city's own steps (e.g. city confirmation)");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new com.credittown.platform.web.ConflictException(
                    "The task is already taken by " + task.getAssignee());
        }
        tasks.claim(task.getId(), actor);
    }

    /** The caller gives a task they hold back to its candidate groups. */
    @Transactional
    public void unclaim(String taskId, String actor) {
        Task task = findTask(taskId).orElseThrow(() -> taskNotFound(taskId));
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(actor)) {
            throw new com.credittown.platform.web.ConflictException(
                    "The task is held by " + task.getAssignee() + ", not by you");
        }
        tasks.unclaim(task.getId());
    }

    /** The open tasks of one case the caller may see (the case page's current steps). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOfCase(String caseId) {
        return visibleTasks().processInstanceId(caseId).includeProcessVariables().orderByTaskCreateTime().asc()
                .list().stream().map(this::toWorkTask).toList();
    }

    /**
     * The form key of each step of a case's process version, by step key ({@code start} for the start event's form):
     * to read the case's recorded form data with the labels of the forms it was entered in. Empty for a case of
     * another tenant or an unknown id.
     */
    @Transactional(readOnly = true)
    public Map<String, String> formKeysOfCase(String caseId) {
        HistoricProcessInstance instance = caseId == null ? null : history.createHistoricProcessInstanceQuery()
                .processInstanceId(caseId).processInstanceTenantId(TenantContext.require().code()).singleResult();
        if (instance == null) {
            return Map.of();
        }
        Map<String, String> formKeys = new java.util.LinkedHashMap<>();
        var process = repository.getBpmnModel(instance.getProcessDefinitionId()).getMainProcess();
        if (process.getInitialFlowElement() instanceof org.flowable.bpmn.model.StartEvent start
                && start.getFormKey() != null) {
            formKeys.put("start", start.getFormKey());
        }
        process.findFlowElementsOfType(org.flowable.bpmn.model.UserTask.class, true).stream()
                .filter(task -> task.getFormKey() != null)
                .forEach(task -> formKeys.put(task.getId(), task.getFormKey()));
        return formKeys;
    }

    /**
     * The BPMN XML of the process version a case runs on, exactly as it was deployed, with that version's definition id
     * (a deployed version never changes, so callers may cache by it). Empty for a case of another tenant or an unknown
     * id. What the case page draws its diagram from.
     */
    @Transactional(readOnly = true)
    public Optional<DeployedProcess> processOfCase(String caseId) {
        HistoricProcessInstance instance = caseId == null ? null : history.createHistoricProcessInstanceQuery()
                .processInstanceId(caseId).processInstanceTenantId(TenantContext.require().code()).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        String definitionId = instance.getProcessDefinitionId();
        try (java.io.InputStream xml = repository.getProcessModel(definitionId)) {
            return Optional.of(new DeployedProcess(definitionId,
                    new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    /** The legal basis a published process names (its BPMN documentation), if any. */
    @Transactional(readOnly = true)
    public Optional<String> processDocumentation(String processKey) {
        return latestDefinition(processKey)
                .map(definition -> repository.getBpmnModel(definition.getId()).getMainProcess().getDocumentation())
                .filter(text -> text != null && !text.isBlank()).map(String::trim);
    }

    private TaskQuery visibleTasks() {
        if (TenantContext.readsForCity()) {
            // the city office's read path (CityReads): every tenant's tasks in one query, each carrying its tenant
            return tasks.createTaskQuery().active();
        }
        TaskQuery query = tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).active();
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

    /**
     * The tenant's open tasks due before the given instant (overdue ones included), earliest first, with
     * their assignee and candidate groups: what the deadline notifications are about. Bound to the tenant
     * and, inside a request, to the tasks the caller may see, like {@link #openTasks}.
     */
    @Transactional(readOnly = true)
    public List<DueTask> openTasksDueBefore(Instant before) {
        return visibleTasks()
                .taskDueBefore(Date.from(before))
                .includeIdentityLinks()
                .orderByTaskDueDate().asc()
                .orderByTaskId().asc()
                .list().stream()
                .map(task -> new DueTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                        toInstant(task.getDueDate()), task.getAssignee(),
                        task.getIdentityLinks().stream()
                                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                                .map(link -> link.getGroupId())
                                .distinct()
                                .toList()))
                .toList();
    }

    /**
     * The tenant's open tasks whose due date is at or before {@code now}, earliest due first, without their case
     * data: what the city dashboard's overdue heat map counts. Bound to the tenant and, inside a request, to the
     * tasks the caller may see (the city office sees all of a tenant's tasks); through {@code CityReads}, every
     * tenant's in one query.
     */
    @Transactional(readOnly = true)
    public List<OverdueTask> overdueTasks(Instant now) {
        return visibleTasks()
                .taskDueBefore(Date.from(now.plusMillis(1)))
                .orderByTaskDueDate().asc()
                .orderByTaskId().asc()
                .list().stream()
                .map(task -> new OverdueTask(task.getTenantId(), task.getId(), task.getProcessInstanceId(),
                        processKeyOf(task.getProcessDefinitionId()), task.getTaskDefinitionKey(), task.getName(),
                        toInstant(task.getDueDate())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<WorkTask> task(String taskId) {
        return findTask(taskId).map(this::toWorkTask);
    }

    /** Completes one of the tenant's open tasks; another tenant's task is "not found". */
    @Transactional
    public void complete(String taskId, String actor, Map<String, Object> data) {
        completeTask(mayComplete(taskId, actor), actor, data);
    }

    /**
     * Completes one of the tenant's open tasks with the data the caller makes of it (e.g. a form's validated data): the
     * task is read and checked once ({@link #requireMayComplete}'s checks first, then {@code data}, then the
     * completion), instead of once per step. Another tenant's task is "not found"; invalid data completes nothing.
     */
    @Transactional
    public void complete(String taskId, String actor, java.util.function.Function<WorkTask, Map<String, Object>> data) {
        Task task = mayComplete(taskId, actor);
        completeTask(task, actor, data.apply(toWorkTask(task)));
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

    private Task mayComplete(String taskId, String actor) {
        Task task = findTask(taskId).orElseThrow(() -> taskNotFound(taskId));
        if (CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false) && !isCityStep(task)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "The city office only works the city's own steps (e.g. city confirmation)");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor)) {
            throw new com.credittown.platform.web.ConflictException(
                    "The task is held by " + task.getAssignee() + "; only they may complete it or give it back");
        }
        List<String> cosigners = tasks.getSubTasks(task.getId()).stream().map(Task::getAssignee).toList();
        if (!cosigners.isEmpty()) {
            // 加签: the added co-signers sign before the step itself is completed
            throw new com.credittown.platform.web.ConflictException(
                    "The co-signers " + cosigners + " have not all signed yet; the task completes after them");
        }
        return task;
    }

    private void completeTask(Task task, String actor, Map<String, Object> data) {
        boolean delegated = task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING;
        WorkTask work = toWorkTask(task);
        CaseActor.actingAs(actor, () -> {
            if (task.getAssignee() == null) {
                tasks.setAssignee(task.getId(), actor);
            }
            if (delegated) {
                // 委派: the delegate's work goes back to the owner, who completes the step
                tasks.resolveTask(task.getId(), data);
            } else if (work.isCosign()) {
                // 加签: the co-signer's opinion is recorded below; the case waits for the step's holder
                tasks.complete(task.getId());
            } else {
                tasks.complete(task.getId(), data);
            }
            return null;
        });
        if (work.caseId() != null) {
            decisions.save(new CaseStepRecord(work.caseId(), task.getId(), work.stepKey(), task.getName(), actor,
                    clock.instant(), toInstant(task.getDueDate()), write(data)));
        }
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

    /** A step the city office itself performs: its candidate group is the city-office role. */
    private boolean isCityStep(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> Roles.CITY_OFFICE.equals(link.getGroupId()));
    }

    @Transactional(readOnly = true)
    public Optional<CaseSummary> findCase(String caseId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(caseId)
                .processInstanceTenantId(TenantContext.require().code())
                .includeProcessVariables()
                .singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        List<CaseSummary.CaseStep> steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(caseId)
                .activityTenantId(TenantContext.require().code())
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderByHistoricActivityInstanceId().asc()
                .list().stream()
                .filter(step -> VISIBLE_STEP_TYPES.contains(step.getActivityType()))
                .map(this::toStep)
                .sorted(Comparator.comparing(CaseSummary.CaseStep::startedAt))
                .toList();
        List<CaseSummary.Decision> decided = decisions.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(record -> new CaseSummary.Decision(record.stepKey(), record.stepName(), record.actor(),
                        record.completedAt(), record.dueAt(),
                        record.dueAt() == null ? null : !record.completedAt().isAfter(record.dueAt()),
                        read(record.dataJson())))
                .toList();
        return Optional.of(new CaseSummary(instance.getId(), instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionVersion(), instance.getBusinessKey(), toInstant(instance.getStartTime()),
                toInstant(instance.getEndTime()), instance.getProcessVariables(), steps, decided));
    }

    /**
     * The cases with these ids as the search index keeps them (unknown ids are left out). For system work (the search
     * outbox and reindex), on the city's read path ({@code CityReads}): every tenant's, each naming its tenant, with
     * every open task, whoever may work it.
     */
    @Transactional(readOnly = true)
    public List<IndexedCase> casesForIndex(java.util.Collection<String> caseIds) {
        requireCityRead();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> ids = new java.util.HashSet<>(caseIds);
        Map<String, List<IndexedCase.OpenTask>> open = new java.util.HashMap<>();
        tasks.createTaskQuery().processInstanceIdIn(ids).includeIdentityLinks()
                .orderByTaskId().asc().list()
                .forEach(task -> open.computeIfAbsent(task.getProcessInstanceId(), id -> new java.util.ArrayList<>())
                        .add(new IndexedCase.OpenTask(task.getId(), task.getName(), task.getAssignee(),
                                task.getIdentityLinks().stream()
                                        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                                        .map(link -> link.getGroupId())
                                        .distinct()
                                        .toList(),
                                toInstant(task.getDueDate()))));
        return history.createHistoricProcessInstanceQuery()
                .processInstanceIds(ids)
                .includeProcessVariables()
                .list().stream()
                .map(instance -> new IndexedCase(instance.getTenantId(), instance.getId(),
                        instance.getProcessDefinitionKey(),
                        instance.getProcessDefinitionName(), instance.getBusinessKey(),
                        toInstant(instance.getStartTime()), toInstant(instance.getEndTime()),
                        nonNull(instance.getProcessVariables()), open.getOrDefault(instance.getId(), List.of())))
                .toList();
    }

    /** How many cases (running and ended) every tenant has, for a reindex (the city's read path). */
    @Transactional(readOnly = true)
    public long countCases() {
        requireCityRead();
        return history.createHistoricProcessInstanceQuery().count();
    }

    /**
     * The next cases of a reindex, every tenant's, ordered by tenant and id, after the given one (nulls: from the
     * first), as {@code [tenant, caseId]} (the city's read path).
     */
    @Transactional(readOnly = true)
    public List<String[]> caseKeysAfter(String afterTenant, String afterId, int limit) {
        requireCityRead();
        return history.createNativeHistoricProcessInstanceQuery()
                .sql("SELECT RES.* FROM ACT_HI_PROCINST RES WHERE RES.TENANT_ID_ > #{tenant}"
                        + " OR (RES.TENANT_ID_ = #{tenant} AND RES.ID_ > #{after}) ORDER BY RES.TENANT_ID_, RES.ID_")
                .parameter("tenant", afterTenant == null ? "" : afterTenant)
                .parameter("after", afterId == null ? "" : afterId)
                .listPage(0, limit).stream()
                .map(instance -> new String[] {instance.getTenantId(), instance.getId()})
                .toList();
    }

    private static void requireCityRead() {
        if (!TenantContext.readsForCity()) {
            throw new IllegalStateException("Cases across tenants are read only on the city's read path (CityReads)");
        }
    }

    /**
     * The tenant's cases about one credit subject (the case variable {@code subjectCode}), newest first, at
     * most {@code max}. For the subject's own view: the caller has checked that the user is that subject.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> casesAbout(String subjectCode, int max) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceTenantId(TenantContext.require().code())
                .variableValueEquals("subjectCode", subjectCode)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, max).stream()
                .map(instance -> findCase(instance.getId()).orElseThrow())
                .toList();
    }

    /**
     * The open tasks of one case of the tenant, whoever's group they belong to. Only for callers that have
     * checked the user's right to the case and step themselves (a merchant's own signing step).
     */
    @Transactional(readOnly = true)
    public List<WorkTask> allOpenTasksOfCase(String caseId) {
        return tasks.createTaskQuery().taskTenantId(TenantContext.require().code()).processInstanceId(caseId)
                .active().includeProcessVariables().orderByTaskCreateTime().asc().list().stream()
                .map(this::toWorkTask).toList();
    }

    /**
     * Completes an open task of one case of the tenant on behalf of a party of the case (the subject signing),
     * whose right to the step the caller has checked; a task of another case or tenant is "not found".
     */
    @Transactional
    public void completeAsCaseParty(String caseId, String taskId, String actor, Map<String, Object> data) {
        Task task = Optional.ofNullable(taskId == null ? null : tasks.createTaskQuery()
                        .taskTenantId(TenantContext.require().code()).processInstanceId(caseId).taskId(taskId)
                        .active().singleResult())
                .orElseThrow(() -> taskNotFound(taskId));
        completeTask(task, actor, data);
    }

    public static NotFoundException taskNotFound(String taskId) {
        return new NotFoundException("Task not found", "No open task '" + taskId + "' exists for this tenant.");
    }

    private Optional<Task> findTask(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(visibleTasks()
                .taskId(taskId)
                .includeProcessVariables()
                .singleResult());
    }

    private CaseSummary.CaseStep toStep(HistoricActivityInstance step) {
        Instant due = null;
        if (step.getTaskId() != null) {
            var task = history.createHistoricTaskInstanceQuery().taskId(step.getTaskId())
                    .taskTenantId(TenantContext.require().code()).singleResult();
            due = task == null ? null : toInstant(task.getDueDate());
        }
        return new CaseSummary.CaseStep(step.getActivityId(), step.getActivityName(), step.getActivityType(),
                step.getAssignee(), toInstant(step.getStartTime()), toInstant(step.getEndTime()), due);
    }

    WorkTask toWorkTask(Task task) {
        boolean delegated = task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING;
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

    private static Map<String, Object> nonNull(Map<String, Object> variables) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        return copy;
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String data) {
        try {
            return json.readValue(data, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flowable definition ids read {@code key:version:uuid}. */
    static String processKeyOf(String processDefinitionId) {
        int colon = processDefinitionId == null ? -1 : processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
