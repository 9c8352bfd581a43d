package com.credittown.workflows.commitment;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The credit-commitment process on the real engine and PostgreSQL, with the engine clock moved so the
 * verification deadline (20 working days on the city calendar) passes.
 */
@SpringBootTest
@Import(CreditCommitmentProcessIntegrationTest.BreachListener.class)
class CreditCommitmentProcessIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    static final String VALID_CODE = "91441900MA4W1234X"
            + com.credittown.platform.credit.code.Uscc.checkCharacterFor("91441900MA4W1234X");

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    Commitments commitments;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    RuntimeService runtime;
    @Autowired
    BreachListener breaches;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void honouredCommitmentRunsNotifySignPublishVerify() {
        clock.moveTo(OffsetDateTime.of(2025, 9, 26, 10, 0, 0, 0, CITY).toInstant());
        String caseId = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", startForm("approval")));

        WorkTask sign = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(sign.stepKey()).isEqualTo("sign");
        assertThat(sign.formKey()).isEqualTo("commitment-sign");
        as(HUMEN, () -> {
            cases.complete(sign.id(), "officer-a", Map.of("signatory", "张三", "signedOn", "2025-09-26"));
            return null;
        });

        // 20 working days after Friday 2025-09-26: the 调休 Sunday 28 Sep and Saturday 11 Oct count, the
        // National Day holiday 1-8 Oct does not, so the last day is Thursday 2025-10-30.
        WorkTask verify = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(verify.stepKey()).isEqualTo("verify");
        assertThat(verify.dueAt()).isEqualTo(OffsetDateTime.of(2025, 10, 31, 0, 0, 0, 0, CITY).toInstant());
        Commitment published = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow());
        assertThat(published.status()).isEqualTo(CommitmentStatus.PUBLISHED);
        assertThat(published.verificationDue()).isEqualTo(LocalDate.of(2025, 10, 30));
        assertThat(published.verificationDueFlagged()).isFalse();

        as(HUMEN, () -> {
            cases.complete(verify.id(), "officer-b", Map.of("outcome", "honoured", "findings", "按期践诺"));
            return null;
        });

        Commitment honoured = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow());
        assertThat(honoured.status()).isEqualTo(CommitmentStatus.HONOURED);
        assertThat(honoured.revocationFlagged()).isFalse();
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(HUMEN, () -> audit.trailOf("commitment", honoured.id())))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("COMMITMENT_NOTIFIED", "officer-a"),
                        org.assertj.core.groups.Tuple.tuple("COMMITMENT_PUBLISHED", "officer-a"),
                        org.assertj.core.groups.Tuple.tuple("COMMITMENT_HONOURED", "officer-b"));
    }

    @Test
    void breachNeedsALegalBasisAndFlagsWhatWasGrantedForRevocation() {
        String caseId = startAndSign(HUMEN, "approval");
        WorkTask verify = as(HUMEN, () -> onlyTaskOf(caseId));

        assertThatThrownBy(() -> as(HUMEN, () -> {
            cases.complete(verify.id(), "officer-b", Map.of("outcome", "breached", "findings", "未按承诺整改"));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("legalBasis: is required");
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).id()).isEqualTo(verify.id());

        as(HUMEN, () -> {
            cases.complete(verify.id(), "officer-b", Map.of("outcome", "breached", "findings", "未按承诺整改",
                    "legalBasis", "《优化营商环境条例》第四十二条"));
            return null;
        });

        Commitment breached = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow());
        assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
        assertThat(breached.legalBasis()).isEqualTo("《优化营商环境条例》第四十二条");
        assertThat(breached.revocationFlagged()).isTrue();
        assertThat(breaches.received).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.tenant()).isEqualTo("humen");
            assertThat(event.grantedMatter()).isEqualTo("食品经营许可");
        });
    }

    @Test
    void verificationDeadlineTimerFiresForTheOwningTenantOnlyAfterTheLastWorkingDay() {
        clock.moveTo(OffsetDateTime.of(2025, 9, 26, 10, 0, 0, 0, CITY).toInstant());
        String caseId = startAndSign(HUMEN, "voluntary");
        String commitmentId = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow().id());

        clock.moveTo(OffsetDateTime.of(2025, 10, 30, 23, 0, 0, 0, CITY).toInstant());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow().verificationOverdueAt()))
                        .isNull());

        clock.moveTo(OffsetDateTime.of(2025, 10, 31, 0, 0, 1, 0, CITY).toInstant());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow().verificationOverdueAt()))
                        .isNotNull());

        assertThat(as(HUMEN, () -> audit.trailOf("commitment", commitmentId)))
                .extracting(AuditEntry::action).contains("COMMITMENT_VERIFICATION_OVERDUE");
        assertThat(as(CHANGAN, () -> commitments.findByCaseId(caseId))).isEmpty();
        assertThat(as(CHANGAN, () -> audit.trailOf("commitment", commitmentId))).isEmpty();
        // the deadline reminds; it does not end the verification, which is still open
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).stepKey()).isEqualTo("verify");
    }

    @Test
    void invalidStartFormStartsNothing() {
        long before = runtime.createProcessInstanceQuery().processInstanceTenantId("humen").count();
        Map<String, Object> data = startForm("approval");
        char check = VALID_CODE.charAt(17);
        data.put("subjectCode", VALID_CODE.substring(0, 17) + (check == '0' ? '1' : '0'));
        data.remove("grantedMatter");

        assertThatThrownBy(() -> as(HUMEN, () -> cases.start("credit-commitment", "officer-a", data)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("subjectCode", "grantedMatter"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceTenantId("humen").count()).isEqualTo(before);
    }

    @Test
    void sameTemplateRunsSeparatelyPerTenant() {
        String humenCase = startAndSign(HUMEN, "industry");

        assertThat(as(CHANGAN, () -> cases.openTasks(0, 200))).extracting(WorkTask::caseId).doesNotContain(humenCase);
        WorkTask humenTask = as(HUMEN, () -> onlyTaskOf(humenCase));
        assertThatThrownBy(() -> as(CHANGAN, () -> {
            cases.complete(humenTask.id(), "intruder", Map.of("outcome", "honoured", "findings", "x"));
            return null;
        })).hasMessageContaining("No open task");
        assertThat(as(HUMEN, () -> onlyTaskOf(humenCase)).id()).isEqualTo(humenTask.id());
    }

    private String startAndSign(TenantId tenant, String type) {
        String caseId = as(tenant, () -> cases.start("credit-commitment", "officer-a", startForm(type)));
        WorkTask sign = as(tenant, () -> onlyTaskOf(caseId));
        as(tenant, () -> {
            cases.complete(sign.id(), "officer-a", Map.of("signatory", "李四",
                    "signedOn", LocalDate.now(clock).toString()));
            return null;
        });
        return caseId;
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = cases.openTasks(0, 200).stream().filter(t -> t.caseId().equals(caseId)).toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    static Map<String, Object> startForm(String type) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", VALID_CODE);
        data.put("subjectName", "东莞市虎门镇诚信贸易有限公司");
        data.put("commitmentType", type);
        data.put("grantedMatter", "食品经营许可");
        data.put("commitmentText", "本单位承诺所提交材料真实有效，如有虚假愿承担相应法律责任。");
        return data;
    }

    private static <T> T as(TenantId tenant, java.util.concurrent.Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @TestConfiguration
    static class BreachListener {
        final List<CommitmentBreached> received = new ArrayList<>();

        @EventListener
        void on(CommitmentBreached event) {
            received.add(event);
        }
    }
}
