package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.EngineValues.candidateGroups;
import static com.credittown.platform.workflow.EngineValues.nonNull;
import static com.credittown.platform.workflow.EngineValues.toInstant;

import com.credittown.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases as the search index keeps them ({@link IndexedCase}), for system work only: the search outbox and a
 * reindex, on the city's read path ({@code CityReads}), every tenant's, each naming its tenant.
 */
@Service
public class CaseIndexProjection {

    private final TaskService tasks;
    private final HistoryService history;

    CaseIndexProjection(TaskService tasks, HistoryService history) {
        this.tasks = tasks;
        this.history = history;
    }

    /** The cases with these ids (unknown ids are left out), with every open task, whoever may work it. */
    @Transactional(readOnly = true)
    public List<IndexedCase> casesForIndex(Collection<String> caseIds) {
        requireCityRead();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Set<String> ids = new HashSet<>(caseIds);
        Map<String, List<IndexedCase.OpenTask>> open = new HashMap<>();
        tasks.createTaskQuery().processInstanceIdIn(ids).includeIdentityLinks()
                .orderByTaskId().asc().list()
                .forEach(task -> open.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(new IndexedCase.OpenTask(task.getId(), task.getName(), task.getAssignee(),
                                candidateGroups(task.getIdentityLinks()), toInstant(task.getDueDate()))));
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

    /** How many cases (running and ended) every tenant has, for a reindex. */
    @Transactional(readOnly = true)
    public long countCases() {
        requireCityRead();
        return history.createHistoricProcessInstanceQuery().count();
    }

    /**
     * The next cases of a reindex, every tenant's, ordered by tenant and id, after the given one (nulls: from the
     * first), as {@code [tenant, caseId]}.
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
}
