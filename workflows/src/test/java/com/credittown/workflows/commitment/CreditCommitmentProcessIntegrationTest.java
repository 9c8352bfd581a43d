package com.credittown.workflows.commitment;

import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
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
    static final String VALID_CODE = "91441900MA4W12346U";

    @Autowired
    NotificationService notifications;
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
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;

    private static final UsccGenerator CODES = new UsccGenerator(new java.util.Random());

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
                    "breachKind", "not-fulfilled", "legalBasis", "《优化营商环境条例》第四十二条"));
            return null;
        });
        // an unfulfilled commitment is first ordered to rectify (国办发〔2020〕42号); the rectification is rejected
        assertThat(as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow()).dishonestyRecordId()).isNull();
        as(HUMEN, () -> {
            cases.complete(onlyTaskOf(caseId).id(), "officer-a", Map.of("rectification", "正在整改",
                    "rectifiedOn", LocalDate.now(clock).toString()));
            cases.complete(onlyTaskOf(caseId).id(), "officer-b", Map.of("rectificationOutcome", "rejected",
                    "rectificationOpinion", "整改不到位"));
            return null;
        });

        Commitment breached = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow());
        assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
        assertThat(breached.legalBasis()).isEqualTo("《优化营商环境条例》第四十二条");
        assertThat(breached.revocationFlagged()).isTrue();
        // the archive has the commitment and, now, a dishonesty record with its legal basis
        var subject = as(HUMEN, () -> subjects.byCode(breached.subjectCode()).orElseThrow());
        var archived = as(HUMEN, () -> archive.archiveOf(subject.id()));
        assertThat(archived.records()).extracting(RecordView::kind)
                .contains(RecordKind.COMMITMENT, RecordKind.DISHONESTY);
        assertThat(archived.records()).filteredOn(r -> r.kind() == RecordKind.DISHONESTY).singleElement()
                .satisfies(record -> {
                    assertThat(record.id()).isEqualTo(breached.dishonestyRecordId());
                    assertThat(record.legalBasis()).isEqualTo("《优化营商环境条例》第四十二条");
                    assertThat(record.severity()).isEqualTo(Severity.GENERAL);
                    assertThat(record.department()).isEqualTo("虎门镇信用办");
                });
        assertThat(archived.score()).isLessThan(100);
        assertThat(breaches.received).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.tenant()).isEqualTo("humen");
            assertThat(event.grantedMatter()).isEqualTo("食品经营许可");
        });
        // the outcome reaches the subject: a notification its merchant accounts read (SubjectOutcomeNotices)
        assertThat(as(HUMEN, () -> notifications.ofCase(caseId))).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CASE_OUTCOME);
            assertThat(n.getRecipient()).startsWith("subject:");
            assertThat(n.getTitle()).startsWith("信用承诺认定违诺");
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
    void aSubjectWithAnUnrepairedSevereRecordMayNotUseTheCommitmentRoute() {
        Map<String, Object> form = startForm("approval");
        String code = CODES.next("441900").value();
        form.put("subjectCode", code);
        as(HUMEN, () -> {
            var subject = subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, "东莞市虎门镇失信商行",
                    List.of()), "officer-a");
            return archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE,
                    "市场监督管理局", LocalDate.now(clock).minusDays(10), "《企业信息公示暂行条例》第十七条",
                    "列入严重违法失信名单", null), "officer-a");
        });

        String caseId = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", form));

        Commitment refused = as(HUMEN, () -> commitments.findByCaseId(caseId).orElseThrow());
        assertThat(refused.status()).isEqualTo(CommitmentStatus.REFUSED);
        // the city's rule, with the record that breaks it and the rule's basis
        assertThat(refused.refusalReasons()).contains("有未修复的严重失信或严重违法记录：列入严重违法失信名单（市场监督管理局")
                .contains("依据：国办发〔2020〕42号");
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        // a repair-type commitment is exactly what such a subject signs
        Map<String, Object> repair = new HashMap<>(form);
        repair.put("commitmentType", "repair");
        String repairCase = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", repair));
        assertThat(as(HUMEN, () -> commitments.findByCaseId(repairCase).orElseThrow().status()))
                .isEqualTo(CommitmentStatus.NOTIFIED);
    }

    @Test
    void anEarlierFalseCommitmentShutsTheRouteForTheSameSubject() {
        Map<String, Object> form = startForm("voluntary");
        form.put("subjectCode", CODES.next("441900").value());
        String first = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", form));
        WorkTask sign = as(HUMEN, () -> onlyTaskOf(first));
        as(HUMEN, () -> {
            cases.complete(sign.id(), "officer-a", Map.of("signatory", "王五", "signedOn", LocalDate.now(clock).toString()));
            return null;
        });
        WorkTask verify = as(HUMEN, () -> onlyTaskOf(first));
        as(HUMEN, () -> {
            cases.complete(verify.id(), "officer-b", Map.of("outcome", "breached", "findings", "承诺材料系伪造",
                    "breachKind", "false-statement", "legalBasis", "《行政许可法》第六十九条"));
            return null;
        });

        // a false commitment weighs more than an unfulfilled one (GENERAL): the city's default is SEVERE
        Commitment falseOne = as(HUMEN, () -> commitments.findByCaseId(first).orElseThrow());
        var falseSubject = as(HUMEN, () -> subjects.byCode(falseOne.subjectCode()).orElseThrow());
        assertThat(as(HUMEN, () -> archive.archiveOf(falseSubject.id())).records())
                .filteredOn(r -> falseOne.dishonestyRecordId().equals(r.id())).singleElement()
                .satisfies(r -> assertThat(r.severity()).isEqualTo(Severity.SEVERE));

        String second = as(HUMEN, () -> cases.start("credit-commitment", "officer-a", form));

        assertThat(as(HUMEN, () -> commitments.findByCaseId(second).orElseThrow().refusalReasons()))
                .contains("曾作出虚假承诺：commitment " + falseOne.id() + " (humen)").contains("依据：国办发〔2020〕42号");
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
        data.put("subjectCode", CODES.next("441900").value());
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
