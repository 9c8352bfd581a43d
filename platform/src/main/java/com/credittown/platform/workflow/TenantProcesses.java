package com.credittown.platform.workflow;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's published processes and the cases started on them: which versions are published, what their
 * models say (start form, step forms, legal basis, the deployed XML), and starting a case by key or on a version.
 * Deploying goes through {@link TenantDeployments}. A process or case of another tenant reads like one that does not
 * exist.
 */
@Service
public class TenantProcesses {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final CaseDecisions decisions;
    private final ManagementService engine;

    TenantProcesses(RuntimeService runtime, HistoryService history, RepositoryService repository,
                    CaseDecisions decisions, ManagementService engine) {
        this.engine = engine;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.decisions = decisions;
    }

    /** Starts the tenant's latest version of a process. */
    @Transactional
    public String startCase(String processKey, String businessKey, String actor, Map<String, Object> data) {
        return startLatest(processKey, businessKey, actor, process -> data);
    }

    /**
     * Starts a case on the current tenant's latest version of a published process, with the variables the caller
     * makes for that version (e.g. its start form's validated data and its template values): one look-up of the
     * latest version for the whole start. The look-up and the start run in one engine command, so the start finds
     * the definition the look-up read in the command's entity cache (the engine reads it by id again otherwise, for
     * its suspension state: CaseStatementCountIntegrationTest). A process not published for the tenant is "not
     * found"; what {@code variables} refuses (invalid input) is thrown as it is, and nothing is started.
     */
    @Transactional
    public String startLatest(String processKey, String businessKey, String actor,
                              Function<ProcessVersion, Map<String, Object>> variables) {
        return CaseActor.actingAs(actor, () -> engine.executeCommand(context -> NestedEngineCalls.prepare(() -> {
            ProcessVersion process = requirePublished(processKey);
            return new Start(process, variables.apply(process));
        }).then(start -> {
            ProcessInstance instance = NestedEngineCalls.call(() -> runtime.createProcessInstanceBuilder()
                    .processDefinitionId(start.process().definitionId())
                    .businessKey(businessKey)
                    .variables(start.variables())
                    .start());
            decisions.started(instance.getId(), actor, start.variables());
            return instance.getId();
        }))).get();
    }

    /** A start prepared: the version and the case's variables. */
    private record Start(ProcessVersion process, Map<String, Object> variables) {
    }

    /** The current tenant's latest version of a published process, or "not found". */
    @Transactional(readOnly = true)
    public ProcessVersion requirePublished(String processKey) {
        return latest(processKey).orElseThrow(() -> new NotFoundException("Unknown process",
                "No process '" + processKey + "' is published for this tenant."));
    }

    /** The current tenant's latest version of a process, if it is published. */
    @Transactional(readOnly = true)
    public Optional<ProcessVersion> latest(String processKey) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .processDefinitionTenantId(TenantContext.require().code())
                .latestVersion()
                .singleResult()).map(TenantProcesses::published);
    }

    /** The latest version of each of the current tenant's published processes, by key. */
    @Transactional(readOnly = true)
    public List<ProcessVersion> published() {
        return repository.createProcessDefinitionQuery()
                .processDefinitionTenantId(TenantContext.require().code())
                .latestVersion()
                .orderByProcessDefinitionKey().asc()
                .list().stream().map(TenantProcesses::published).toList();
    }

    /** The form key of a published process's start event, if it has one. */
    @Transactional(readOnly = true)
    public Optional<String> startFormKey(String processKey) {
        return startFormKey(requirePublished(processKey));
    }

    /** The form key of this version's start event, if it has one (the model comes from the engine's cache). */
    public Optional<String> startFormKey(ProcessVersion process) {
        var initial = repository.getBpmnModel(process.definitionId()).getMainProcess().getInitialFlowElement();
        return initial instanceof StartEvent start ? Optional.ofNullable(start.getFormKey()) : Optional.empty();
    }

    /** The legal basis a published process names (its BPMN documentation), if any. */
    @Transactional(readOnly = true)
    public Optional<String> documentation(String processKey) {
        return latest(processKey)
                .map(process -> repository.getBpmnModel(process.definitionId()).getMainProcess().getDocumentation())
                .filter(text -> text != null && !text.isBlank()).map(String::trim);
    }

    /**
     * The form key of each step of a case's process version, by step key ({@code start} for the start event's form):
     * to read the case's recorded form data with the labels of the forms it was entered in. Empty for a case of
     * another tenant or an unknown id.
     */
    @Transactional(readOnly = true)
    public Map<String, String> formKeysOfCase(String caseId) {
        Optional<HistoricProcessInstance> instance = instanceOf(caseId);
        if (instance.isEmpty()) {
            return Map.of();
        }
        Map<String, String> formKeys = new LinkedHashMap<>();
        var process = repository.getBpmnModel(instance.get().getProcessDefinitionId()).getMainProcess();
        if (process.getInitialFlowElement() instanceof StartEvent start && start.getFormKey() != null) {
            formKeys.put("start", start.getFormKey());
        }
        process.findFlowElementsOfType(UserTask.class, true).stream()
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
        return instanceOf(caseId).map(instance -> {
            String definitionId = instance.getProcessDefinitionId();
            try (InputStream xml = repository.getProcessModel(definitionId)) {
                return new DeployedProcess(definitionId, new String(xml.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
    }

    private Optional<HistoricProcessInstance> instanceOf(String caseId) {
        return Optional.ofNullable(caseId == null ? null : history.createHistoricProcessInstanceQuery()
                .processInstanceId(caseId).processInstanceTenantId(TenantContext.require().code()).singleResult());
    }

    private static ProcessVersion published(ProcessDefinition definition) {
        return new ProcessVersion(definition.getId(), definition.getKey(), definition.getName(),
                definition.getVersion(), definition.getTenantId());
    }
}
