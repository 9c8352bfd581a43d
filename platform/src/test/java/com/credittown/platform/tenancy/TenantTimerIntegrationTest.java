package com.credittown.platform.tenancy;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.platform.workflow.TenantProcesses;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A timer scheduled during a request for humen fires hours later (the engine clock is moved) on an
 * async-executor thread that has no request, and still acts for humen and only humen.
 */
@SpringBootTest
class TenantTimerIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    TenantProcesses processes;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;

    @BeforeEach
    void deployProbeForTwoTenants() {
        TenantFixtures.register(directory);
        for (TenantId tenant : List.of(HUMEN, CHANGAN)) {
            // the probe calls a bean, as only the platform's own processes may (see ExpressionSandbox)
            repository.createDeployment().name("timer-probe").tenantId(tenant.code())
                    .category(DeploymentCategory.PLATFORM_INTERNAL.id())
                    .addClasspathResource("bpmn/timer-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void timerFiresLaterForTheTenantThatStartedTheCase() {
        Instant start = Instant.now();
        clock.moveTo(start);
        String caseId = TenantContext.callAs(HUMEN, () -> processes.startCase("timer-probe", null, "officer-1", Map.of()));
        assertThat(management.createTimerJobQuery().processInstanceId(caseId).singleResult().getTenantId())
                .isEqualTo("humen");

        clock.moveTo(start.plus(Duration.ofHours(3)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(TenantContext.callAs(HUMEN, () -> audit.trailOf("case", caseId)))
                        .extracting(AuditEntry::action, AuditEntry::detail)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("TIMER_FIRED", "acting for humen")));
        assertThat(TenantContext.callAs(CHANGAN, () -> audit.trailOf("case", caseId))).isEmpty();
        assertThat(management.createDeadLetterJobQuery().processInstanceId(caseId).count()).isZero();
    }

    @Test
    void timerDoesNotFireBeforeItsTime() {
        Instant start = Instant.now();
        clock.moveTo(start);
        String caseId = TenantContext.callAs(HUMEN, () -> processes.startCase("timer-probe", null, "officer-1", Map.of()));

        clock.moveTo(start.plus(Duration.ofMinutes(110)));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(TenantContext.callAs(HUMEN, () -> audit.trailOf("case", caseId))).isEmpty());
        assertThat(management.createTimerJobQuery().processInstanceId(caseId).count()).isEqualTo(1);
    }
}
