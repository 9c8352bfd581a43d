package com.credittown.platform.workflow;

import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A user completes a step at the very moment its deadline timer fires (on another thread, committed first) and
 * extends the step's due date. Done
 * once, the completion loses the race (Flowable's optimistic lock): that is what the client used to get as 409.
 * Through {@link ConcurrentChanges}, as the REST API completes steps, the completion is repeated in a new
 * transaction and succeeds: the case moves on, the timer fired once, and the step is recorded once.
 */
@SpringBootTest
class ConcurrentChangesIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    TenantProcesses processes;
    @Autowired
    TenantTasks tasks;
    @Autowired
    ConcurrentChanges changes;
    @Autowired
    TimerRace race;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        TenantFixtures.register(directory);
        repository.createDeployment().name("race-probe").tenantId(HUMEN.code())
                .category(DeploymentCategory.PLATFORM_INTERNAL.id())
                .addClasspathResource("bpmn/race-probe.bpmn20.xml").deploy();
    }

    @Test
    void aCompletionThatMeetsTheTimerFailsOnceWithoutRetry() {
        String caseId = startAndClaim();
        String taskId = openStep(caseId);
        race.arm(caseId);

        assertThatThrownBy(() -> TenantContext.runAs(HUMEN, () -> tasks.complete(taskId, "officer-1", Map.of())))
                .isInstanceOf(FlowableOptimisticLockingException.class);
        assertThat(openSteps(caseId)).containsExactly("审核");
    }

    @Test
    void aCompletionThatMeetsTheTimerIsRetriedAndSucceeds() {
        String caseId = startAndClaim();
        String taskId = openStep(caseId);
        int firedBefore = race.fired.get();
        race.arm(caseId);

        TenantContext.runAs(HUMEN, () -> changes.retrying("Completing a step",
                () -> tasks.complete(taskId, "officer-1", Map.of("decision", "approve"))));

        assertThat(race.fired.get()).isEqualTo(firedBefore + 1);
        assertThat(openSteps(caseId)).containsExactly("归档");
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(caseId)
                .activityId("reminded").count()).as("the deadline timer fired once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_step_record where case_id = ? and step_key = ?",
                Integer.class, caseId, "review")).as("the step is recorded once").isEqualTo(1);
    }

    private String startAndClaim() {
        String caseId = TenantContext.callAs(HUMEN, () -> processes.startCase("race-probe", null, "officer-1",
                Map.of()));
        TenantContext.runAs(HUMEN, () -> tasks.claim(openStep(caseId), "officer-1"));
        return caseId;
    }

    private String openStep(String caseId) {
        return TenantContext.callAs(HUMEN, () -> tasks.allOpenTasksOfCase(caseId)).get(0).id();
    }

    private List<String> openSteps(String caseId) {
        return TenantContext.callAs(HUMEN, () -> tasks.allOpenTasksOfCase(caseId)).stream()
                .map(WorkTask::name).toList();
    }
}
