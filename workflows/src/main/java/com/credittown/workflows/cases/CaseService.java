package com.credittown.workflows.cases;

import com.credittown.workflows.attachment.VisibleCases;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.CaseHistory;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.platform.workflow.TenantTasks;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormDefinitions;
import com.credittown.workflows.form.FormValidator;
import com.credittown.workflows.template.TemplateLibrary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts cases and completes tasks for the current tenant, checking every submission against the step's
 * form first. Used by the REST API and the Vaadin pages alike.
 */
@Service
@Allowed(Permission.CASE_WORK)
public class CaseService implements VisibleCases {

    private final TenantProcesses processes;
    private final TenantTasks tasks;
    private final CaseHistory history;
    private final FormDefinitions forms;
    private final FormValidator validator;
    private final TemplateLibrary templates;
    private final List<StartableProcesses> startable;

    CaseService(TenantProcesses processes, TenantTasks tasks, CaseHistory history, FormDefinitions forms, FormValidator validator,
                TemplateLibrary templates, List<StartableProcesses> startable) {
        this.processes = processes;
        this.tasks = tasks;
        this.history = history;
        this.forms = forms;
        this.validator = validator;
        this.templates = templates;
        this.startable = startable;
    }

    /** Starts a case; the data is checked against the process's start form. Returns the case id. */
    @Allowed(Permission.CASE_START)
    @Transactional
    public String start(String processKey, String actor, Map<String, ?> data) {
        if (!isStartable(processKey)) {
            throw new NotFoundException("Unknown process",
                    "No process '" + processKey + "' can be started in this tenant.");
        }
        // the tenant's latest version, looked up once for its start form, its template values and the start itself,
        // in the engine command that starts the case
        return processes.startLatest(processKey, null, actor, definition -> {
            Optional<String> formKey = processes.startFormKey(definition);
            Map<String, Object> clean = formKey.isPresent()
                    ? validator.validate(forms.require(formKey.get()), data)
                    : validator.validate(new FormDefinition(processKey, null, List.of()), data);
            clean.put("initiator", actor);
            // the template's parameters last (the tenant's published values, else the city's): no form field can
            // override a period the law, the city or the tenant sets
            clean.putAll(templates.caseVariables(processKey, definition.definitionId()));
            return clean;
        });
    }

    /** The form a new case of this process starts with. */
    @Transactional(readOnly = true)
    public FormDefinition startForm(String processKey) {
        return processes.startFormKey(processKey).map(forms::require)
                .orElseGet(() -> new FormDefinition(processKey, null, List.of()));
    }

    /** Whether users start cases of this process themselves (city templates, published designs), or a feature does. */
    @Transactional(readOnly = true)
    public boolean isStartable(String processKey) {
        return templates.isCityTemplate(processKey)
                || startable.stream().anyMatch(feature -> feature.startable(processKey));
    }

    /** A page of the caller's inbox, narrowed and ordered as asked. */
    @Allowed(Permission.CASE_READ)
    @Transactional(readOnly = true)
    public List<WorkTask> inbox(com.credittown.platform.workflow.InboxQuery query, int offset, int limit) {
        return tasks.inbox(query, offset, limit);
    }

    @Allowed(Permission.CASE_READ)
    @Transactional(readOnly = true)
    public long countInbox(com.credittown.platform.workflow.InboxQuery query) {
        return tasks.countInbox(query);
    }

    /** The caller takes an unassigned task. */
    @Allowed(Permission.TASK_CLAIM)
    @Transactional
    public void claim(String taskId, String actor) {
        tasks.claim(taskId, actor);
    }

    /** The caller gives back a task they hold. */
    @Allowed(Permission.TASK_CLAIM)
    @Transactional
    public void unclaim(String taskId, String actor) {
        tasks.unclaim(taskId, actor);
    }

    /** The open steps of a case the caller may work (empty if none, or if the case is closed). */
    @Transactional(readOnly = true)
    public List<WorkTask> openTasksOf(String caseId) {
        return tasks.openTasksOfCase(caseById(caseId).id());
    }

    @Transactional(readOnly = true)
    public long countOpenTasks() {
        return tasks.countOpenTasks();
    }

    @Transactional(readOnly = true)
    public List<WorkTask> openTasks(int page, int size) {
        return tasks.openTasks(page * size, size);
    }

    @Transactional(readOnly = true)
    public WorkTask task(String taskId) {
        return tasks.task(taskId).orElseThrow(() -> TenantTasks.taskNotFound(taskId));
    }

    /** The form the given task asks for. */
    @Transactional(readOnly = true)
    public FormDefinition formOf(WorkTask task) {
        return task.formKey() == null
                ? new FormDefinition("none", null, List.of())
                : forms.require(task.formKey());
    }

    /**
     * The forms of a case's steps by step key ({@code start} for the start form), in the version the case runs on:
     * what the case page reads its recorded form data with (labels, option labels). A form no longer known is left out.
     */
    @Transactional(readOnly = true)
    public Map<String, FormDefinition> stepForms(CaseSummary found) {
        Map<String, FormDefinition> byStep = new java.util.LinkedHashMap<>();
        processes.formKeysOfCase(found.id()).forEach((step, formKey) -> forms.find(formKey)
                .ifPresent(form -> byStep.put(step, form)));
        return byStep;
    }

    /** Completes a task of the current tenant with its form data; invalid data completes nothing. */
    @Transactional
    public void complete(String taskId, String actor, Map<String, ?> data) {
        // one read of the task: found in the tenant, may be completed by the actor, then its form's data checked
        tasks.complete(taskId, actor, task -> validator.validate(formOf(task), data, task.caseId()));
    }

    /**
     * A case of the current tenant. A merchant sees only the cases about its own subject; any other case is
     * answered exactly like one that does not exist.
     */
    @Allowed(Permission.CASE_READ)
    @Transactional(readOnly = true)
    public CaseSummary caseById(String caseId) {
        CaseSummary found = history.findCase(caseId).orElseThrow(() -> caseNotFound(caseId));
        Object subject = found.data().get("subjectCode");
        boolean visible = CurrentUsers.current()
                .map(user -> user.maySeeSubject(subject == null ? null : subject.toString())).orElse(true);
        if (!visible) {
            throw caseNotFound(caseId);
        }
        return found;
    }

    /** The case's id, if the caller may see it ({@link #caseById}): the attachments' question. */
    @Override
    @Allowed(Permission.CASE_READ)
    @Transactional(readOnly = true)
    public String visibleCaseId(String caseId) {
        return caseById(caseId).id();
    }

    private static NotFoundException caseNotFound(String caseId) {
        return new NotFoundException("Case not found", "No case '" + caseId + "' exists for this tenant.");
    }
}
