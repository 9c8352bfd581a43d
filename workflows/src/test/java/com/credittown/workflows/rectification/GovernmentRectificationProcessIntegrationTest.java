package com.credittown.workflows.rectification;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.PublicityEndReason;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.rectification.internal.Escalations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The government-rectification process on the real engine and PostgreSQL. The engine clock is moved past each
 * stage's deadline (working days on the 2025 city calendar, the template's default periods: plan 10, rectification
 * 30, reminder 5, interview 10, report to the city 10, accountability 20) so the escalation timers fire.
 */
@SpringBootTest
class GovernmentRectificationProcessIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final UsccGenerator CODES = new UsccGenerator(new SplittableRandom());
    private static final String PROCESS = "government-rectification";

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    RectificationCases rectifications;
    @Autowired
    Escalations escalations;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void planAndEvidenceOnTimeCloseTheCaseAndEndThePublicityOfTheRecord() {
        moveTo(2025, 9, 1, 10, 0);
        String code = governmentCode();
        String caseId = as(HUMEN, () -> cases.start(PROCESS, "officer-a", startForm(code)));

        // the unit is registered as a government body and the dishonesty recorded with the default severity
        SubjectView subject = as(HUMEN, () -> registry.byCode(code).orElseThrow());
        assertThat(subject.kind()).isEqualTo(SubjectKind.GOVERNMENT_BODY);
        RecordView record = onlyRecordOf(subject);
        assertThat(record.kind()).isEqualTo(RecordKind.DISHONESTY);
        assertThat(record.severity()).isEqualTo(Severity.GENERAL);
        assertThat(record.legalBasis()).isEqualTo("《保障中小企业款项支付条例》第八条");
        assertThat(record.state()).isEqualTo(RecordState.PUBLISHED);

        // plan: 10 working days after Monday 2025-09-01 -> Monday 2025-09-15, passed at 00:00 on the 16th
        WorkTask plan = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(plan.stepKey()).isEqualTo("plan");
        assertThat(plan.formKey()).isEqualTo("rectification-plan");
        assertThat(groupsOf(plan)).containsExactly("officer");
        assertThat(plan.dueAt()).isEqualTo(at(2025, 9, 16));
        RectificationCase opened = row(HUMEN, caseId);
        assertThat(opened.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(opened.stage()).isEqualTo(RectificationStage.PLAN);
        assertThat(opened.stageDue()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(opened.level()).isEqualTo(EscalationLevel.NONE);
        assertThat(opened.openedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(opened.recordId()).isEqualTo(record.id());
        assertThat(opened.dishonestyKind()).isEqualTo(DishonestyKind.ARREARS);

        complete(HUMEN, plan, planForm());

        // rectification: 30 working days after 2025-09-01, across National Day (Sun 28 Sep and Sat 11 Oct work,
        // 1-8 Oct do not) -> Friday 2025-10-17
        WorkTask evidence = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(evidence.stepKey()).isEqualTo("evidence");
        assertThat(evidence.dueAt()).isEqualTo(at(2025, 10, 18));
        assertThat(row(HUMEN, caseId).stageDue()).isEqualTo(LocalDate.of(2025, 10, 17));

        moveTo(2025, 9, 10, 9, 0);
        complete(HUMEN, evidence, evidenceForm());
        WorkTask verify = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(verify.stepKey()).isEqualTo("verify");
        assertThat(groupsOf(verify)).containsExactly("officer");
        // verification is due 10 working days after the evidence (Wed 2025-09-10 -> Wed 2025-09-24)
        assertThat(verify.dueAt()).isEqualTo(at(2025, 9, 25));
        assertThat(row(HUMEN, caseId).stage()).isEqualTo(RectificationStage.VERIFICATION);
        complete(HUMEN, verify, Map.of("outcome", "rectified", "findings", "欠款已全部清偿"));

        RectificationCase closed = row(HUMEN, caseId);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.level()).isEqualTo(EscalationLevel.NONE);
        // the minimum publicity of a GENERAL record (3 months, to 2025-12-01) has not passed: the publicity does not
        // end before it; the nightly expiry ends it on that day
        assertThat(onlyRecordOf(subject).state()).isEqualTo(RecordState.PUBLISHED);
        moveTo(2025, 11, 30, 1, 10);
        as(HUMEN, () -> publicity.endExpiredPublicity());
        assertThat(onlyRecordOf(subject).state()).isEqualTo(RecordState.PUBLISHED);
        moveTo(2025, 12, 1, 1, 10);
        as(HUMEN, () -> publicity.endExpiredPublicity());
        RecordView ended = onlyRecordOf(subject);
        assertThat(ended.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(ended.publicityEndReason()).isEqualTo(PublicityEndReason.RECTIFIED);
        assertThat(ended.publicityEndNote()).contains("政务失信整改已核查销号");
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(HUMEN, () -> audit.trailOf("rectification", closed.id())))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        tuple("RECTIFICATION_OPENED", "officer-a"),
                        tuple("RECTIFICATION_PLANNED", "officer-a"),
                        tuple("RECTIFICATION_EVIDENCE_SUBMITTED", "officer-a"),
                        tuple("RECTIFICATION_CLOSED", "officer-b"));
    }

    @Test
    void eachMissedDeadlineEscalatesOneLevelUpToAccountabilityAndEvidenceStillClosesTheCase() {
        moveTo(2025, 9, 1, 10, 0);
        String code = governmentCode();
        String caseId = as(HUMEN, () -> cases.start(PROCESS, "officer-a", startForm(code)));

        // the last day of the plan period (Mon 2025-09-15) still counts
        moveTo(2025, 9, 15, 23, 0);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(row(HUMEN, caseId).level()).isEqualTo(EscalationLevel.NONE));

        // 催办: escalated on Tue 2025-09-16; 5 working days -> Tue 2025-09-23. The plan is still awaited: its task
        // stays, with the new due date (a late plan is recorded, not skipped)
        moveTo(2025, 9, 16, 0, 0);
        RectificationCase reminded = awaitLevel(caseId, EscalationLevel.REMINDER);
        assertThat(reminded.levelSince()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertThat(reminded.stage()).isEqualTo(RectificationStage.PLAN);
        assertThat(reminded.stageDue()).isEqualTo(LocalDate.of(2025, 9, 23));
        assertThat(reminded.overdue()).isTrue();
        assertThat(reminded.overdueSince()).isEqualTo(LocalDate.of(2025, 9, 16));
        assertTasks(caseId, Map.of("plan", List.of("officer")), at(2025, 9, 24));

        // the late plan is recorded on Wed 2025-09-17; the full rectification period counts from it: 30 working days
        // (Sun 28 Sep and Sat 11 Oct work, 1-8 Oct do not) -> Tue 2025-11-04
        moveTo(2025, 9, 17, 10, 0);
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), planForm());
        assertThat(row(HUMEN, caseId).plan()).isNotBlank();
        assertThat(row(HUMEN, caseId).stageDue()).isEqualTo(LocalDate.of(2025, 11, 4));
        assertTasks(caseId, Map.of("evidence", List.of("officer")), at(2025, 11, 5));

        // 约谈: escalated on Wed 2025-11-05; 10 working days -> Wed 2025-11-19
        moveTo(2025, 11, 5, 0, 0);
        RectificationCase interviewed = awaitLevel(caseId, EscalationLevel.INTERVIEW);
        assertThat(interviewed.levelSince()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(interviewed.stageDue()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertTasks(caseId, Map.of("evidence", List.of("officer")), at(2025, 11, 20));

        // 报告市信用办: escalated on Thu 2025-11-20; 10 working days -> Thu 2025-12-04
        moveTo(2025, 11, 20, 0, 0);
        RectificationCase reported = awaitLevel(caseId, EscalationLevel.REPORTED_TO_CITY);
        assertThat(reported.levelSince()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(reported.stageDue()).isEqualTo(LocalDate.of(2025, 12, 4));
        assertTasks(caseId, Map.of("evidence", List.of("officer"), "cityReport", List.of("city-office")),
                at(2025, 12, 5));

        // 问责: escalated on Fri 2025-12-05; 20 working days (1 Jan 2026 a holiday) -> Mon 2026-01-05
        moveTo(2025, 12, 5, 0, 0);
        RectificationCase accountable = awaitLevel(caseId, EscalationLevel.ACCOUNTABILITY);
        assertThat(accountable.levelSince()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(accountable.stageDue()).isEqualTo(LocalDate.of(2026, 1, 5));
        List<WorkTask> atTop = as(HUMEN, () -> tasksOf(caseId));
        assertThat(atTop).extracting(WorkTask::stepKey)
                .containsExactlyInAnyOrder("finalEvidence", "cityReport", "accountability");
        WorkTask finalEvidence = atTop.stream().filter(t -> t.stepKey().equals("finalEvidence")).findFirst().orElseThrow();
        WorkTask accountability = atTop.stream().filter(t -> t.stepKey().equals("accountability")).findFirst().orElseThrow();
        assertThat(groupsOf(finalEvidence)).containsExactly("officer");
        assertThat(groupsOf(accountability)).containsExactly("city-office");
        assertThat(finalEvidence.dueAt()).isEqualTo(at(2026, 1, 6));
        assertThat(accountability.dueAt()).isEqualTo(at(2026, 1, 6));

        assertThat(as(HUMEN, () -> escalations.findByRectificationCaseIdOrderByEscalatedAtAsc(accountable.id())))
                .extracting(Escalation::level, Escalation::reason, Escalation::escalatedOn, Escalation::due)
                .containsExactly(
                        tuple(EscalationLevel.REMINDER, EscalationReason.DEADLINE_PASSED,
                                LocalDate.of(2025, 9, 16), LocalDate.of(2025, 9, 23)),
                        tuple(EscalationLevel.INTERVIEW, EscalationReason.DEADLINE_PASSED,
                                LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 19)),
                        tuple(EscalationLevel.REPORTED_TO_CITY, EscalationReason.DEADLINE_PASSED,
                                LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 4)),
                        tuple(EscalationLevel.ACCOUNTABILITY, EscalationReason.DEADLINE_PASSED,
                                LocalDate.of(2025, 12, 5), LocalDate.of(2026, 1, 5)));

        // the accountability period passes too: flagged and audited, the case stays at the top and open
        moveTo(2026, 1, 6, 0, 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as(HUMEN, () -> audit.trailOf("rectification", accountable.id())))
                        .extracting(AuditEntry::action).contains("RECTIFICATION_ACCOUNTABILITY_OVERDUE"));
        assertThat(row(HUMEN, caseId).level()).isEqualTo(EscalationLevel.ACCOUNTABILITY);

        // evidence at last, verified: closed, and the city office's tasks end with the case
        moveTo(2026, 1, 7, 9, 0);
        WorkTask late = as(HUMEN, () -> tasksOf(caseId)).stream()
                .filter(t -> t.stepKey().equals("finalEvidence")).findFirst().orElseThrow();
        complete(HUMEN, late, evidenceForm());
        complete(HUMEN, as(HUMEN, () -> tasksOf(caseId)).stream()
                .filter(t -> t.stepKey().equals("verify")).findFirst().orElseThrow(),
                Map.of("outcome", "rectified", "findings", "问责后已整改到位"));

        RectificationCase closed = row(HUMEN, caseId);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(closed.overdue()).isTrue();
        assertThat(closed.level()).isEqualTo(EscalationLevel.ACCOUNTABILITY);
        assertThat(as(HUMEN, () -> tasksOf(caseId))).isEmpty();
        assertThat(onlyRecordOf(as(HUMEN, () -> registry.byCode(code).orElseThrow())).state())
                .isEqualTo(RecordState.PUBLICITY_ENDED);
    }

    @Test
    void failedVerificationEscalatesAndLaterEvidenceClosesTheCase() {
        moveTo(2025, 9, 1, 10, 0);
        String caseId = as(HUMEN, () -> cases.start(PROCESS, "officer-a", startForm(governmentCode())));
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), planForm());
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), evidenceForm());
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)),
                Map.of("outcome", "not_rectified", "findings", "仍有欠款未清偿"));

        // 催办 on Mon 2025-09-01 because verification failed; 5 working days -> Mon 2025-09-08
        RectificationCase reminded = row(HUMEN, caseId);
        assertThat(reminded.level()).isEqualTo(EscalationLevel.REMINDER);
        assertThat(reminded.levelSince()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(reminded.stageDue()).isEqualTo(LocalDate.of(2025, 9, 8));
        assertThat(reminded.overdue()).isFalse();
        assertThat(reminded.findings()).isEqualTo("仍有欠款未清偿");
        assertTasks(caseId, Map.of("evidence", List.of("officer")), at(2025, 9, 9));
        assertThat(as(HUMEN, () -> escalations.findByRectificationCaseIdOrderByEscalatedAtAsc(reminded.id())))
                .extracting(Escalation::level, Escalation::reason)
                .containsExactly(tuple(EscalationLevel.REMINDER, EscalationReason.VERIFICATION_FAILED));

        moveTo(2025, 9, 5, 9, 0);
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), evidenceForm());
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), Map.of("outcome", "rectified", "findings", "已清偿"));

        RectificationCase closed = row(HUMEN, caseId);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(closed.level()).isEqualTo(EscalationLevel.REMINDER);
        assertThat(closed.overdue()).isFalse();
    }

    @Test
    void timersActForTheOwningTenantAndTenantsDoNotSeeEachOthersCases() {
        moveTo(2025, 9, 1, 10, 0);
        String humenCase = as(HUMEN, () -> cases.start(PROCESS, "officer-a", startForm(governmentCode())));
        // changan's plan: 10 working days after Wed 2025-09-03 -> Wed 2025-09-17
        moveTo(2025, 9, 3, 10, 0);
        String changanCase = as(CHANGAN, () -> cases.start(PROCESS, "officer-c", startForm(governmentCode())));
        assertThat(row(CHANGAN, changanCase).stageDue()).isEqualTo(LocalDate.of(2025, 9, 17));

        moveTo(2025, 9, 16, 0, 0);
        awaitLevel(humenCase, EscalationLevel.REMINDER);
        assertThat(row(CHANGAN, changanCase).level()).isEqualTo(EscalationLevel.NONE);
        assertThat(as(CHANGAN, () -> rectifications.findByCaseId(humenCase))).isEmpty();
        assertThat(as(HUMEN, () -> rectifications.findByCaseId(changanCase))).isEmpty();
        String humenRow = row(HUMEN, humenCase).id();
        assertThat(as(CHANGAN, () -> escalations.findByRectificationCaseIdOrderByEscalatedAtAsc(humenRow))).isEmpty();
        assertThat(as(CHANGAN, () -> audit.trailOf("rectification", humenRow))).isEmpty();
        assertThat(as(CHANGAN, () -> cases.openTasks(0, 200))).extracting(WorkTask::caseId).doesNotContain(humenCase);
        WorkTask humenTask = as(HUMEN, () -> onlyTaskOf(humenCase));
        assertThatThrownBy(() -> complete(CHANGAN, humenTask, evidenceForm())).hasMessageContaining("No open task");

        moveTo(2025, 9, 18, 0, 0);
        awaitLevel(CHANGAN, changanCase, EscalationLevel.REMINDER);
        assertThat(row(CHANGAN, changanCase).levelSince()).isEqualTo(LocalDate.of(2025, 9, 18));
        assertThat(row(HUMEN, humenCase).level()).isEqualTo(EscalationLevel.REMINDER);
    }

    @Test
    void aMarketEntityIsNotAGovernmentBody() {
        String code = CODES.next("441900").value();
        as(HUMEN, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, "东莞市某贸易有限公司",
                List.of()), "officer-a"));
        long before = as(HUMEN, () -> rectifications.count());

        assertThatThrownBy(() -> as(HUMEN, () -> cases.start(PROCESS, "officer-a", startForm(code))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("subjectCode"));
        assertThat(as(HUMEN, () -> rectifications.count())).isEqualTo(before);

        // nor does a market entity's record end its publicity by rectification: that is repair, after the minimum
        SubjectView merchant = as(HUMEN, () -> registry.byCode(code).orElseThrow());
        RecordView record = as(HUMEN, () -> archive.addRecord(merchant.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.GENERAL, "镇市场监管分局", LocalDate.now(clock), "《某条例》第一条", "失信记录", null),
                "officer-a"));
        assertThatThrownBy(() -> as(HUMEN, () -> publicity.endPublicityByRectification(record.id(), "officer-a",
                "整改")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("MARKET_ENTITY");
    }

    private RectificationCase awaitLevel(String caseId, EscalationLevel level) {
        return awaitLevel(HUMEN, caseId, level);
    }

    private RectificationCase awaitLevel(TenantId tenant, String caseId, EscalationLevel level) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(row(tenant, caseId).level()).isEqualTo(level));
        return row(tenant, caseId);
    }

    /** The case's open tasks are exactly these steps with these groups, the officer's task due at {@code due}. */
    private void assertTasks(String caseId, Map<String, List<String>> groupsByStep, Instant due) {
        List<WorkTask> tasks = as(HUMEN, () -> tasksOf(caseId));
        assertThat(tasks).extracting(WorkTask::stepKey).containsExactlyInAnyOrderElementsOf(groupsByStep.keySet());
        for (WorkTask task : tasks) {
            assertThat(groupsOf(task)).as(task.stepKey()).containsExactlyElementsOf(groupsByStep.get(task.stepKey()));
            assertThat(task.dueAt()).as(task.stepKey()).isEqualTo(due);
        }
    }

    private List<String> groupsOf(WorkTask task) {
        return taskService.getIdentityLinksForTask(task.id()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private RecordView onlyRecordOf(SubjectView subject) {
        List<RecordView> records = as(HUMEN, () -> archive.archiveOf(subject.id()).records());
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private RectificationCase row(TenantId tenant, String caseId) {
        return as(tenant, () -> rectifications.findByCaseId(caseId).orElseThrow());
    }

    private void complete(TenantId tenant, WorkTask task, Map<String, Object> data) {
        as(tenant, () -> {
            cases.complete(task.id(), task.stepKey().equals("verify") ? "officer-b" : "officer-a", data);
            return null;
        });
    }

    private List<WorkTask> tasksOf(String caseId) {
        return cases.openTasks(0, 200).stream().filter(t -> t.caseId().equals(caseId)).toList();
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = tasksOf(caseId);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private Map<String, Object> planForm() {
        return Map.of("plan", "30日内清偿全部欠款并建立账款支付台账", "planContact", "王科长");
    }

    private Map<String, Object> evidenceForm() {
        return Map.of("evidence", "付款凭证及企业确认函", "completedOn", LocalDate.now(clock).toString());
    }

    private static String governmentCode() {
        return CODES.next("441900", '1', '1').value();
    }

    private static Map<String, Object> startForm(String code) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", code);
        data.put("subjectName", "东莞市某镇公共事务服务中心");
        data.put("subjectKind", "government_body");
        data.put("dishonestyKind", "arrears");
        data.put("facts", "拖欠某中小企业工程款120万元逾期未付");
        data.put("legalBasis", "《保障中小企业款项支付条例》第八条");
        data.put("department", "镇信用办");
        data.put("responsibleUnit", "镇财政分局");
        return data;
    }

    private void moveTo(int year, int month, int day, int hour, int minute) {
        // a second past the minute, so a timer due at 00:00 has passed
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, minute, 1, 0, CITY).toInstant());
    }

    private static Instant at(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 0, 0, 0, 0, CITY).toInstant();
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
