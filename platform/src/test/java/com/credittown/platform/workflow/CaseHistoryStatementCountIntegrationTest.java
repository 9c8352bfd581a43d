package com.credittown.platform.workflow;

import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A subject's cases and a case's history are read in the same few statements however many cases there are and however
 * many steps each went through: counted on the data source (JPA and Flowable alike) for 2 cases of 2 steps and for 6
 * cases of 6 steps.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class)
class CaseHistoryStatementCountIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    TenantProcesses processes;
    @Autowired
    TenantTasks tasks;
    @Autowired
    CaseHistory history;

    @BeforeEach
    void deploy() {
        TenantFixtures.register(directory);
        repository.createDeployment().name("history-probe").tenantId(HUMEN.code())
                .addClasspathResource("bpmn/history-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
    }

    @Test
    void aSubjectsCasesAreTheSameStatementsWhateverTheNumberOfCasesAndSteps() {
        String few = subjectWithCases(2, 2);
        String many = subjectWithCases(6, 6);
        statementsOfCasesAbout(few); // warm: process definitions and the like cached once

        long forFew = statementsOfCasesAbout(few);
        long forMany = statementsOfCasesAbout(many);

        List<CaseSummary> manyCases = TenantContext.callAs(HUMEN, () -> history.casesAbout(many, 50));
        assertThat(manyCases).hasSize(6).allSatisfy(found -> {
            assertThat(found.decisions()).as("the start and six completed steps").hasSize(7);
            assertThat(found.steps()).filteredOn(step -> step.stepKey().equals("step")).as("six done, one open")
                    .hasSize(7);
        });
        assertThat(forMany).as("statements for 6 cases of 6 steps against 2 cases of 2 steps").isEqualTo(forFew);
        assertThat(forFew).as("a handful: the cases, their steps, their tasks, their decisions").isLessThan(12);
    }

    @Test
    void aCasesHistoryIsTheSameStatementsWhateverTheNumberOfSteps() {
        String shortCase = TenantContext.callAs(HUMEN, () -> history.casesAbout(subjectWithCases(1, 1), 1)).get(0).id();
        String longCase = TenantContext.callAs(HUMEN, () -> history.casesAbout(subjectWithCases(1, 8), 1)).get(0).id();
        statementsOfFindCase(shortCase);

        long forShort = statementsOfFindCase(shortCase);
        long forLong = statementsOfFindCase(longCase);

        assertThat(TenantContext.callAs(HUMEN, () -> history.findCase(longCase)).orElseThrow().decisions()).hasSize(9);
        assertThat(forLong).as("statements for a case of 8 steps against one of 1 step").isEqualTo(forShort);
    }

    /** A new subject with this many open cases, each with this many steps completed. */
    private String subjectWithCases(int cases, int steps) {
        String subject = "91441900" + UUID.randomUUID().toString().substring(0, 10).toUpperCase();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            ids.add(TenantContext.callAs(HUMEN, () -> processes.startCase("history-probe", null, "officer-1",
                    Map.of("subjectCode", subject, "subjectName", "测试商户"))));
        }
        for (String caseId : ids) {
            for (int step = 0; step < steps; step++) {
                String taskId = TenantContext.callAs(HUMEN, () -> tasks.allOpenTasksOfCase(caseId)).get(0).id();
                TenantContext.runAs(HUMEN, () -> tasks.complete(taskId, "officer-1", Map.of("more", true)));
            }
        }
        return subject;
    }

    private long statementsOfCasesAbout(String subject) {
        return StatementCounter.count(() -> TenantContext.runAs(HUMEN, () -> history.casesAbout(subject, 50)));
    }

    private long statementsOfFindCase(String caseId) {
        return StatementCounter.count(() -> TenantContext.runAs(HUMEN, () -> history.findCase(caseId)));
    }
}
