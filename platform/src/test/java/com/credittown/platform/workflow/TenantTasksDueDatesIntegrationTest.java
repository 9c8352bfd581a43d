package com.credittown.platform.workflow;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Moving the due dates of one step's open tasks (what a deadline extension does): the inbox and the case history
 * show the new date for that step only, and another tenant cannot move anything of the case.
 */
@SpringBootTest
class TenantTasksDueDatesIntegrationTest {

    private static final Instant SIGN_DUE = Instant.parse("2025-10-01T16:00:00Z");
    private static final Instant REVIEW_DUE = Instant.parse("2025-10-10T16:00:00Z");

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    TenantTasks tasks;
    @Autowired
    TenantProcesses processes;
    @Autowired
    CaseHistory history;

    @BeforeEach
    void deployForTwoTenants() {
        TenantFixtures.register(directory);
        for (TenantId tenant : List.of(HUMEN, CHANGAN)) {
            repository.createDeployment().name("notify-probe").tenantId(tenant.code())
                    .addClasspathResource("bpmn/notify-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
        }
    }

    @Test
    void theStepsOpenTasksShowTheMovedDueDateAndNoOtherStepMoves() {
        String caseId = start();
        Instant moved = REVIEW_DUE.plus(5, ChronoUnit.DAYS);

        int count = TenantContext.callAs(HUMEN, () -> tasks.moveDueDates(caseId, "review", moved));

        assertThat(count).isEqualTo(1);
        assertThat(due(caseId, "review")).isEqualTo(moved);
        assertThat(due(caseId, "sign")).isEqualTo(SIGN_DUE);
        assertThat(TenantContext.callAs(HUMEN, () -> history.findCase(caseId)).orElseThrow().steps())
                .filteredOn(step -> step.stepKey().equals("review"))
                .extracting(CaseSummary.CaseStep::dueAt).containsExactly(moved);
    }

    @Test
    void anotherTenantsCaseIsNotFoundAndKeepsItsDueDates() {
        String caseId = start();

        assertThatThrownBy(() -> TenantContext.callAs(CHANGAN, () -> tasks.moveDueDates(caseId, "review",
                REVIEW_DUE.plus(30, ChronoUnit.DAYS)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> TenantContext.callAs(HUMEN, () -> tasks.moveDueDates("no-such-case", "review",
                REVIEW_DUE))).isInstanceOf(NotFoundException.class);

        assertThat(due(caseId, "review")).isEqualTo(REVIEW_DUE);
    }

    private String start() {
        return TenantContext.callAs(HUMEN, () -> processes.startCase("notify-probe", null, "officer-1",
                Map.of("assignee", "officer-1", "signDue", Date.from(SIGN_DUE), "reviewDue", Date.from(REVIEW_DUE))));
    }

    private Instant due(String caseId, String stepKey) {
        return TenantContext.callAs(HUMEN, () -> tasks.openTasks(0, 500)).stream()
                .filter(task -> task.caseId().equals(caseId) && task.stepKey().equals(stepKey))
                .map(WorkTask::dueAt).findFirst().orElseThrow();
    }
}
