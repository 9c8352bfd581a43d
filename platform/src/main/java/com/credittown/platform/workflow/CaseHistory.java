package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.EngineValues.toInstant;

import com.credittown.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.history.NativeHistoricActivityInstanceQuery;
import org.flowable.job.api.Job;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's cases with their history (steps gone through, decisions taken), read as a batch: a request
 * sends the same few statements whether it reads one case or fifty, with three steps each or thirty (the process
 * instances, their steps, their tasks' deadlines, their decisions). A case of another tenant reads like an unknown id.
 */
@Service
public class CaseHistory {

    private static final List<String> VISIBLE_STEP_TYPES =
            List.of("userTask", "serviceTask", "startEvent", "endEvent", "boundaryEvent", "exclusiveGateway");

    private final HistoryService history;
    private final ManagementService management;
    private final CaseDecisions decisions;

    CaseHistory(HistoryService history, ManagementService management, CaseDecisions decisions) {
        this.history = history;
        this.management = management;
        this.decisions = decisions;
    }

    /** One case of the tenant with its history, if it exists. */
    @Transactional(readOnly = true)
    public Optional<CaseSummary> findCase(String caseId) {
        return caseId == null ? Optional.empty() : cases(List.of(caseId)).stream().findFirst();
    }

    /**
     * The tenant's cases about one credit subject (the case variable {@code subjectCode}), newest first, at
     * most {@code max}. For the subject's own view: the caller has checked that the user is that subject.
     */
    @Transactional(readOnly = true)
    public List<CaseSummary> casesAbout(String subjectCode, int max) {
        return cases(history.createHistoricProcessInstanceQuery()
                .processInstanceTenantId(TenantContext.require().code())
                .variableValueEquals("subjectCode", subjectCode)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, max).stream().map(HistoricProcessInstance::getId).toList());
    }

    /**
     * Every element one case of the tenant passed through or stands at, with the timers armed on it, for the case's
     * diagram; an unknown case, or another tenant's, has an empty path.
     */
    @Transactional(readOnly = true)
    public CasePath pathOf(String caseId) {
        String tenant = TenantContext.require().code();
        Map<String, Instant> dueByTask = deadlines(Set.of(caseId), tenant);
        List<CaseSummary.CaseStep> elements = activities(Set.of(caseId), tenant).stream()
                .map(activity -> step(activity, dueByTask)).toList();
        if (elements.isEmpty()) {
            return new CasePath(List.of(), Set.of());
        }
        Set<String> armed = management.createTimerJobQuery().processInstanceId(caseId).jobTenantId(tenant).list()
                .stream().map(Job::getElementId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new CasePath(elements, armed);
    }

    /** The tenant's cases with these ids, in this order, with their history (unknown ids are left out). */
    private List<CaseSummary> cases(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        String tenant = TenantContext.require().code();
        Set<String> ids = new LinkedHashSet<>(caseIds);
        Map<String, HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processInstanceIds(ids)
                .processInstanceTenantId(tenant)
                .includeProcessVariables()
                .list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity(), (a, b) -> a));
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, List<CaseSummary.CaseStep>> steps = steps(instances.keySet(), tenant);
        Map<String, List<CaseSummary.Decision>> decided = decisions.of(instances.keySet());
        return ids.stream().filter(instances::containsKey).map(instances::get)
                .map(instance -> new CaseSummary(instance.getId(), instance.getProcessDefinitionKey(),
                        instance.getProcessDefinitionVersion(), instance.getBusinessKey(),
                        toInstant(instance.getStartTime()), toInstant(instance.getEndTime()),
                        instance.getProcessVariables(), steps.getOrDefault(instance.getId(), List.of()),
                        decided.getOrDefault(instance.getId(), List.of())))
                .toList();
    }

    /** The visible steps of these cases, by case, in the order they started: two statements for all of them. */
    private Map<String, List<CaseSummary.CaseStep>> steps(Set<String> caseIds, String tenant) {
        Map<String, Instant> dueByTask = deadlines(caseIds, tenant);
        Map<String, List<CaseSummary.CaseStep>> byCase = new LinkedHashMap<>();
        for (HistoricActivityInstance step : activities(caseIds, tenant)) {
            if (VISIBLE_STEP_TYPES.contains(step.getActivityType())) {
                byCase.computeIfAbsent(step.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(step(step, dueByTask));
            }
        }
        byCase.values().forEach(list -> list.sort(Comparator.comparing(CaseSummary.CaseStep::startedAt)));
        return byCase;
    }

    /** The deadlines of these cases' tasks, by task id. */
    private Map<String, Instant> deadlines(Set<String> caseIds, String tenant) {
        Map<String, Instant> dueByTask = new HashMap<>();
        history.createHistoricTaskInstanceQuery().processInstanceIdIn(caseIds).taskTenantId(tenant).list()
                .forEach(task -> dueByTask.put(task.getId(), toInstant(task.getDueDate())));
        return dueByTask;
    }

    private static CaseSummary.CaseStep step(HistoricActivityInstance activity, Map<String, Instant> dueByTask) {
        return new CaseSummary.CaseStep(activity.getActivityId(), activity.getActivityName(),
                activity.getActivityType(), activity.getAssignee(), toInstant(activity.getStartTime()),
                toInstant(activity.getEndTime()),
                activity.getTaskId() == null ? null : dueByTask.get(activity.getTaskId()));
    }

    /**
     * The activities of these cases of the tenant, in start order: Flowable's activity query names one process
     * instance only, so this is its native form with the ids as parameters.
     */
    private List<HistoricActivityInstance> activities(Set<String> caseIds, String tenant) {
        List<String> names = new ArrayList<>();
        NativeHistoricActivityInstanceQuery query = history.createNativeHistoricActivityInstanceQuery();
        int i = 0;
        for (String id : caseIds) {
            String name = "case" + i++;
            names.add("#{" + name + "}");
            query.parameter(name, id);
        }
        return query.sql("SELECT RES.* FROM ACT_HI_ACTINST RES WHERE RES.TENANT_ID_ = #{tenant}"
                        + " AND RES.PROC_INST_ID_ IN (" + String.join(", ", names) + ")"
                        + " ORDER BY RES.START_TIME_ ASC, RES.ID_ ASC")
                .parameter("tenant", tenant)
                .list();
    }
}
