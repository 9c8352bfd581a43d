package com.credittown.platform.workflow;

import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A step that refuses what a user sent (RefusalProbeDelegates, thrown inside the engine's command as the repair and
 * district delegates do) answers the caller with the refusal as thrown and leaves nothing behind, and the log shows no
 * ERROR for it; a step that fails for any other reason is still logged by the engine at ERROR.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class RefusalsInCommandsIntegrationTest {

    private static final String ENGINE_ERROR = "Error while closing command context";

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

    @BeforeEach
    void deploy() {
        TenantFixtures.register(directory);
        repository.createDeployment().name("refusal-probe").tenantId(HUMEN.code())
                .category(DeploymentCategory.PLATFORM_INTERNAL.id())
                .addClasspathResource("bpmn/refusal-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
    }

    @Test
    void aStepRefusingTheStartStartsNothingAndLogsNoError(CapturedOutput output) {
        long casesBefore = cases();

        assertThatThrownBy(() -> start("conflict")).isInstanceOf(ConflictException.class)
                .hasMessage(RefusalProbeDelegates.CONFLICT);

        assertThat(cases()).as("no case is left behind").isEqualTo(casesBefore);
        assertNoErrorLogged(output);
    }

    @Test
    void aStepRefusingACompletionKeepsTheTaskOpenAndLogsNoError(CapturedOutput output) {
        String caseId = start("ok");
        WorkTask decide = openTask(caseId);

        assertThatThrownBy(() -> complete(decide, "invalid")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.errors()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("decision", "not-eligible")));

        WorkTask still = openTask(caseId);
        assertThat(still.id()).isEqualTo(decide.id());
        assertThat(still.caseData()).as("the refused step wrote nothing").doesNotContainKey("ran_conclude")
                .containsEntry("answer", "ok");
        assertNoErrorLogged(output);
    }

    @Test
    void aStepFailingForAnyOtherReasonIsLoggedAsAnError(CapturedOutput output) {
        String caseId = start("ok");
        WorkTask decide = openTask(caseId);

        assertThatThrownBy(() -> complete(decide, "fault")).isInstanceOf(IllegalStateException.class)
                .hasMessage(RefusalProbeDelegates.FAULT);
        assertThatThrownBy(() -> start("fault")).isInstanceOf(IllegalStateException.class);

        assertThat(openTask(caseId).id()).isEqualTo(decide.id());
        assertThat(errorLines(output)).hasSize(2).allSatisfy(line -> assertThat(line).contains(ENGINE_ERROR));
        assertThat(output.getAll()).contains("java.lang.IllegalStateException: " + RefusalProbeDelegates.FAULT);
    }

    private String start(String answer) {
        return TenantContext.callAs(HUMEN, () -> processes.startCase("refusal-probe", null, "officer-1",
                Map.of("answer", answer)));
    }

    private void complete(WorkTask task, String answer) {
        TenantContext.runAs(HUMEN, () -> tasks.complete(task.id(), "officer-1", Map.of("answer", answer)));
    }

    private WorkTask openTask(String caseId) {
        return TenantContext.callAs(HUMEN, () -> tasks.allOpenTasksOfCase(caseId)).get(0);
    }

    private long cases() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey("refusal-probe")
                .processInstanceTenantId(HUMEN.code()).count();
    }

    private static void assertNoErrorLogged(CapturedOutput output) {
        assertThat(errorLines(output)).isEmpty();
        assertThat(output.getAll()).doesNotContain(ENGINE_ERROR);
    }

    /** The ERROR lines this test's thread logged (other threads of the shared context may log their own). */
    private static List<String> errorLines(CapturedOutput output) {
        String thread = Thread.currentThread().getName() + "]";
        return output.getAll().lines().filter(line -> line.contains(" ERROR ") && line.contains(thread)).toList();
    }
}
