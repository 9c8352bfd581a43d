package com.credittown.workflows.repair;

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
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.flowable.engine.ManagementService;
import org.flowable.identitylink.api.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The credit-repair process (信用修复, 东府办〔2024〕6号（二十）) on the real engine and PostgreSQL: one application for
 * two records, the single window, the parallel department reviews, the extension and the deadlines as dates on the
 * 2025 city calendar, with the engine clock moved so the timers fire.
 */
@SpringBootTest
@Import(CreditRepairProcessIntegrationTest.RepairEvents.class)
class CreditRepairProcessIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    /** Friday 2025-09-26, 10:00 in Dongguan: the day before the National Day 调休 Sunday. */
    private static final Instant APPLIED = at(2025, 9, 26, 10, 0);

    @Autowired
    NotificationService notifications;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    RepairApplications applications;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    org.flowable.engine.TaskService engineTasks;
    @Autowired
    RepairEvents events;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        clock.moveTo(APPLIED);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoRecordsFromTwoDepartmentsApprovedEndTheirPublicityAndRegradeTheSubject() {
        Subject subject = subjectWithTwoRecords(HUMEN);
        assertThat(as(HUMEN, () -> archive.archiveOf(subject.id())).score()).isEqualTo(80);
        assertThat(as(HUMEN, () -> archive.archiveOf(subject.id())).grade()).isEqualTo(Grade.B);

        String caseId = apply(HUMEN, subject.code(), subject.market() + ", " + subject.tax());

        // acceptance within 3 working days of Friday 2025-09-26: Sunday 28 Sep (调休, a working day) is the 1st,
        // Monday 29 the 2nd, Tuesday 30 the 3rd; so the window must decide by Tuesday 2025-09-30.
        RepairApplication applied = application(HUMEN, caseId);
        assertThat(applied.status()).isEqualTo(RepairStatus.APPLIED);
        assertThat(applied.eligible()).isTrue();
        assertThat(applied.acceptanceDue()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(applied.items()).extracting(RepairItem::recordId, RepairItem::reviewerGroup).containsExactly(
                org.assertj.core.groups.Tuple.tuple(subject.market(), "department:market-supervision"),
                org.assertj.core.groups.Tuple.tuple(subject.tax(), "department:tax"));
        WorkTask accept = only(HUMEN, caseId, "accept");
        assertThat(accept.formKey()).isEqualTo("repair-accept");
        assertThat(accept.dueAt()).isEqualTo(at(2025, 10, 1, 0, 0));

        clock.moveTo(at(2025, 9, 30, 15, 0));
        complete(HUMEN, accept, Map.of("decision", "accept"));

        // result within 10 working days of acceptance on Tuesday 2025-09-30: 1-8 Oct are the National Day holiday;
        // Thu 9, Fri 10, Sat 11 (调休), Mon 13 ... Fri 17 make 8, Mon 20 and Tue 21 make 10: due 2025-10-21.
        RepairApplication accepted = application(HUMEN, caseId);
        assertThat(accepted.status()).isEqualTo(RepairStatus.ACCEPTED);
        assertThat(accepted.acceptedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(accepted.resultDue()).isEqualTo(LocalDate.of(2025, 10, 21));
        List<WorkTask> reviews = tasks(HUMEN, caseId, "departmentReview");
        assertThat(reviews).hasSize(2).allSatisfy(review -> {
            assertThat(review.formKey()).isEqualTo("repair-review");
            assertThat(review.dueAt()).isEqualTo(at(2025, 10, 22, 0, 0));
        });
        assertThat(reviews).extracting(review -> candidateGroups(review.id())).containsExactlyInAnyOrder(
                List.of("department:market-supervision"), List.of("department:tax"));
        assertThat(only(HUMEN, caseId, "requestExtension").formKey()).isEqualTo("repair-extend");

        clock.moveTo(at(2025, 10, 10, 9, 0));
        complete(HUMEN, reviewOf(HUMEN, caseId, "department:market-supervision"), "reviewer-market",
                Map.of("reviewOutcome", "approve", "reviewReasons", "已按期补报年报，整改到位"));
        complete(HUMEN, reviewOf(HUMEN, caseId, "department:tax"), "reviewer-tax",
                Map.of("reviewOutcome", "approve", "reviewReasons", "罚款已缴清"));

        RepairApplication concluded = application(HUMEN, caseId);
        assertThat(concluded.status()).isEqualTo(RepairStatus.CONCLUDED);
        assertThat(concluded.closedOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(concluded.onTime()).isTrue();
        assertThat(concluded.items()).extracting(RepairItem::outcome, RepairItem::reviewedBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ItemOutcome.APPROVED, "reviewer-market"),
                org.assertj.core.groups.Tuple.tuple(ItemOutcome.APPROVED, "reviewer-tax"));
        SubjectArchive after = as(HUMEN, () -> archive.archiveOf(subject.id()));
        assertThat(after.records()).extracting(RecordView::state)
                .containsOnly(RecordState.PUBLICITY_ENDED);
        assertThat(after.score()).isEqualTo(100);
        assertThat(after.grade()).isEqualTo(Grade.A);
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(HUMEN, () -> tasksOf(caseId))).isEmpty();
        assertThat(trail(HUMEN, concluded)).extracting(AuditEntry::action).containsExactly("REPAIR_APPLIED",
                "REPAIR_ACCEPTED", "REPAIR_ITEM_APPROVED", "REPAIR_ITEM_APPROVED", "REPAIR_CONCLUDED");
        assertThat(events.concluded).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.tenant()).isEqualTo("humen");
            assertThat(event.repairedRecordIds()).containsExactly(subject.market(), subject.tax());
            assertThat(event.onTime()).isTrue();
        });
        // the outcome reaches the subject: a notification its merchant accounts read (SubjectOutcomeNotices)
        assertThat(as(HUMEN, () -> notifications.ofCase(caseId))).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CASE_OUTCOME);
            assertThat(n.getRecipient()).startsWith("subject:");
            assertThat(n.getTitle()).isEqualTo("信用修复已办结：2 条记录已停止公示，0 条未予修复");
        });
    }

    @Test
    void anApplicationBeforeTheMinimumPeriodIsShownIneligibleAndRejectedAtTheWindow() {
        SubjectView subject = newSubject(HUMEN);
        // severe: the minimum publicity period is 1 year from the decision, so repair is possible from 2026-03-01
        RecordView severe = as(HUMEN, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.SEVERE, "东莞市市场监督管理局", LocalDate.of(2025, 3, 1), "《企业信息公示暂行条例》第十七条",
                "列入严重违法失信名单", null), "officer-1"));

        String caseId = apply(HUMEN, subject.code(), Long.toString(severe.id()));

        RepairApplication applied = application(HUMEN, caseId);
        assertThat(applied.eligible()).isFalse();
        assertThat(applied.ineligibleReasons()).contains("minimum publicity period has not passed")
                .contains("2026-03-01");
        WorkTask accept = only(HUMEN, caseId, "accept");
        assertThat(accept.caseData()).containsEntry("eligible", false);
        assertThat((String) accept.caseData().get("ineligibleReasons")).contains("2026-03-01");

        assertThatThrownBy(() -> complete(HUMEN, accept, Map.of("decision", "accept")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("decision"));
        assertThatThrownBy(() -> complete(HUMEN, accept, Map.of("decision", "reject")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("rejectionReasons");
        assertThat(only(HUMEN, caseId, "accept").id()).isEqualTo(accept.id());

        complete(HUMEN, accept, Map.of("decision", "reject",
                "rejectionReasons", "严重失信记录最短公示期未满（2026-03-01 前不得修复）"));

        RepairApplication rejected = application(HUMEN, caseId);
        assertThat(rejected.status()).isEqualTo(RepairStatus.REJECTED);
        assertThat(rejected.rejectedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(rejected.onTime()).isTrue();
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(HUMEN, () -> archive.archiveOf(subject.id())).records()).singleElement()
                .extracting(RecordView::state).isEqualTo(RecordState.PUBLISHED);
        assertThat(trail(HUMEN, rejected)).extracting(AuditEntry::action)
                .containsExactly("REPAIR_APPLIED", "REPAIR_REJECTED", "REPAIR_REJECTION_NOTIFIED");
        assertThat(events.rejected).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.subjectCode()).isEqualTo(subject.code());
            assertThat(event.reasons()).contains("最短公示期未满");
        });
        // the outcome reaches the subject: a notification its merchant accounts read (SubjectOutcomeNotices)
        assertThat(as(HUMEN, () -> notifications.ofCase(caseId))).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CASE_OUTCOME);
            assertThat(n.getRecipient()).startsWith("subject:");
            assertThat(n.getTitle()).startsWith("信用修复申请不予受理：").contains("最短公示期未满");
        });
    }

    @Test
    void aDepartmentRefusingItsItemLeavesThatRecordPublished() {
        Subject subject = subjectWithTwoRecords(HUMEN);
        String caseId = apply(HUMEN, subject.code(), subject.market() + "," + subject.tax());
        complete(HUMEN, only(HUMEN, caseId, "accept"), Map.of("decision", "accept"));

        complete(HUMEN, reviewOf(HUMEN, caseId, "department:tax"), "reviewer-tax",
                Map.of("reviewOutcome", "refuse", "reviewReasons", "罚款尚未缴清"));
        complete(HUMEN, reviewOf(HUMEN, caseId, "department:market-supervision"), "reviewer-market",
                Map.of("reviewOutcome", "approve", "reviewReasons", "整改到位"));

        RepairApplication concluded = application(HUMEN, caseId);
        assertThat(concluded.status()).isEqualTo(RepairStatus.CONCLUDED);
        assertThat(concluded.items()).extracting(RepairItem::recordId, RepairItem::outcome,
                RepairItem::reviewReasons).containsExactly(
                org.assertj.core.groups.Tuple.tuple(subject.market(), ItemOutcome.APPROVED, "整改到位"),
                org.assertj.core.groups.Tuple.tuple(subject.tax(), ItemOutcome.REFUSED, "罚款尚未缴清"));
        SubjectArchive after = as(HUMEN, () -> archive.archiveOf(subject.id()));
        assertThat(after.records()).extracting(RecordView::id, RecordView::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(subject.market(), RecordState.PUBLICITY_ENDED),
                org.assertj.core.groups.Tuple.tuple(subject.tax(), RecordState.PUBLISHED));
        assertThat(after.score()).isEqualTo(95); // only the tax penalty (-5) still counts
        assertThat(events.concluded).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.repairedRecordIds()).containsExactly(subject.market());
            assertThat(event.refusedRecordIds()).containsExactly(subject.tax());
        });
    }

    @Test
    void theWindowExtendsTheResultDeadlineOnceAndTheTimerWaitsForTheMovedDeadline() {
        Subject subject = subjectWithTwoRecords(HUMEN);
        String caseId = apply(HUMEN, subject.code(), subject.market() + "," + subject.tax());
        clock.moveTo(at(2025, 9, 30, 15, 0));
        complete(HUMEN, only(HUMEN, caseId, "accept"), Map.of("decision", "accept"));
        assertThat(application(HUMEN, caseId).resultDue()).isEqualTo(LocalDate.of(2025, 10, 21));

        clock.moveTo(at(2025, 10, 20, 9, 0));
        WorkTask extend = only(HUMEN, caseId, "requestExtension");
        assertThatThrownBy(() -> complete(HUMEN, extend, Map.of("extraWorkingDays", 11,
                "extensionReason", "需现场核查")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("extraWorkingDays"));
        complete(HUMEN, extend, "window-officer", Map.of("extraWorkingDays", 5,
                "extensionReason", "税务部门需现场核查缴款凭证"));

        // 5 working days after Tuesday 2025-10-21: Wed 22, Thu 23, Fri 24, Mon 27, Tue 28 -> due 2025-10-28
        RepairApplication extended = application(HUMEN, caseId);
        assertThat(extended.originalResultDue()).isEqualTo(LocalDate.of(2025, 10, 21));
        assertThat(extended.resultDue()).isEqualTo(LocalDate.of(2025, 10, 28));
        assertThat(extended.extensionWorkingDays()).isEqualTo(5);
        assertThat(extended.extensionReason()).isEqualTo("税务部门需现场核查缴款凭证");
        assertThat(extended.extendedBy()).isEqualTo("window-officer");
        Map<String, Object> data = as(HUMEN, () -> cases.caseById(caseId)).data();
        assertThat(data).containsEntry("resultDueDate", "2025-10-28").containsEntry("extensionWorkingDays", 5)
                .containsEntry("originalResultDueDate", "2025-10-21");
        assertThat(tasks(HUMEN, caseId, "departmentReview")).hasSize(2)
                .allSatisfy(review -> assertThat(review.dueAt()).isEqualTo(at(2025, 10, 29, 0, 0)));
        assertThat(tasks(HUMEN, caseId, "requestExtension")).as("an extension is allowed once").isEmpty();
        assertThat(trail(HUMEN, extended)).filteredOn(e -> e.action().equals("REPAIR_EXTENDED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("2025-10-21", "2025-10-28", "税务部门需现场核查缴款凭证"));

        // the original deadline passes: the timer finds the deadline moved and waits again until 2025-10-29 00:00
        clock.moveTo(at(2025, 10, 22, 0, 0).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(resultTimerDue(caseId))
                .isEqualTo(at(2025, 10, 29, 0, 0)));
        assertThat(application(HUMEN, caseId).resultOverdueAt()).isNull();

        // the moved deadline passes too: flagged late, the reviews stay open
        clock.moveTo(at(2025, 10, 29, 0, 0).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(application(HUMEN, caseId).resultOverdueAt()).isNotNull());
        assertThat(tasks(HUMEN, caseId, "departmentReview")).hasSize(2);

        clock.moveTo(at(2025, 10, 30, 9, 0));
        complete(HUMEN, reviewOf(HUMEN, caseId, "department:market-supervision"), "reviewer-market",
                Map.of("reviewOutcome", "approve", "reviewReasons", "整改到位"));
        complete(HUMEN, reviewOf(HUMEN, caseId, "department:tax"), "reviewer-tax",
                Map.of("reviewOutcome", "approve", "reviewReasons", "已核实缴款"));
        RepairApplication late = application(HUMEN, caseId);
        assertThat(late.status()).isEqualTo(RepairStatus.CONCLUDED);
        assertThat(late.onTime()).isFalse();
        assertThat(trail(HUMEN, late)).extracting(AuditEntry::action).contains("REPAIR_RESULT_OVERDUE");
    }

    @Test
    void theAcceptanceDeadlineTimerFiresForTheOwningTenantOnlyAfterTheThirdWorkingDay() {
        Subject subject = subjectWithTwoRecords(HUMEN);
        String caseId = apply(HUMEN, subject.code(), subject.market() + "," + subject.tax());
        String applicationId = application(HUMEN, caseId).id();

        clock.moveTo(at(2025, 9, 30, 23, 0)); // still Tuesday 2025-09-30, the last day to decide
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(application(HUMEN, caseId).acceptanceOverdueAt()).isNull());

        clock.moveTo(at(2025, 10, 1, 0, 0).plusSeconds(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(application(HUMEN, caseId).acceptanceOverdueAt()).isNotNull());

        assertThat(as(HUMEN, () -> audit.trailOf(RepairDelegates.AUDIT_TYPE, applicationId)))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("REPAIR_ACCEPTANCE_OVERDUE", AuditLog.SYSTEM));
        assertThat(as(CHANGAN, () -> applications.findByCaseId(caseId))).isEmpty();
        assertThat(as(CHANGAN, () -> audit.trailOf(RepairDelegates.AUDIT_TYPE, applicationId))).isEmpty();
        // the deadline reminds; the window's decision is still open
        assertThat(only(HUMEN, caseId, "accept")).isNotNull();
    }

    @Test
    void twoTenantsCasesDoNotAffectEachOther() {
        Subject humen = subjectWithTwoRecords(HUMEN);
        // changan reads humen's subject in the city's archive, but repairs nothing humen recorded (谁认定、谁修复)
        assertThatThrownBy(() -> apply(CHANGAN, humen.code(), humen.market() + "," + humen.tax()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(p -> p.code())
                            .containsExactly("recorded-elsewhere", "recorded-elsewhere");
                    assertThat(e.errors().get(0).message()).contains("apply to the one that recorded it");
                });
        Subject changan = subjectWithTwoRecords(CHANGAN);
        assertThatThrownBy(() -> apply(CHANGAN, changan.code(), changan.market() + "," + humen.tax()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.code()).containsExactly("unknown-record"));

        String humenCase = apply(HUMEN, humen.code(), humen.market() + "," + humen.tax());
        String changanCase = apply(CHANGAN, changan.code(), changan.market() + "," + changan.tax());
        WorkTask humenAccept = only(HUMEN, humenCase, "accept");
        assertThat(as(CHANGAN, () -> tasksOf(humenCase))).isEmpty();
        assertThatThrownBy(() -> complete(CHANGAN, humenAccept, Map.of("decision", "accept")))
                .hasMessageContaining("No open task");

        complete(HUMEN, humenAccept, Map.of("decision", "accept"));
        complete(HUMEN, reviewOf(HUMEN, humenCase, "department:market-supervision"), "reviewer-market",
                Map.of("reviewOutcome", "approve", "reviewReasons", "整改到位"));
        complete(HUMEN, reviewOf(HUMEN, humenCase, "department:tax"), "reviewer-tax",
                Map.of("reviewOutcome", "approve", "reviewReasons", "已缴清"));

        assertThat(application(HUMEN, humenCase).status()).isEqualTo(RepairStatus.CONCLUDED);
        assertThat(application(CHANGAN, changanCase).status()).isEqualTo(RepairStatus.APPLIED);
        assertThat(as(CHANGAN, () -> archive.archiveOf(changan.id())).records()).extracting(RecordView::state)
                .containsOnly(RecordState.PUBLISHED);
        assertThat(as(CHANGAN, () -> applications.findByCaseId(humenCase))).isEmpty();
        assertThat(as(HUMEN, () -> applications.findByCaseId(changanCase))).isEmpty();
    }

    @Test
    void aWrongRecordListStartsNoCase() {
        Subject subject = subjectWithTwoRecords(HUMEN);
        RecordView licence = as(HUMEN, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.LICENCE,
                null, "市场监督管理局", LocalDate.of(2025, 9, 1), null, "食品经营许可证", null), "officer-1"));
        long before = applicationsOf(HUMEN, subject.code());

        assertThatThrownBy(() -> apply(HUMEN, subject.code(), subject.market() + "," + licence.id() + ",99999999"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.code()).containsExactly("not-repairable", "unknown-record"));
        assertThatThrownBy(() -> apply(HUMEN, subject.code(), subject.market() + ", " + subject.market()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> apply(HUMEN, subject.code(), "abc"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a record id");
        assertThat(applicationsOf(HUMEN, subject.code())).isEqualTo(before);
    }

    // ---------------------------------------------------------------- fixtures

    /** A subject with a general dishonesty record of market supervision and a penalty of the tax bureau. */
    private Subject subjectWithTwoRecords(TenantId tenant) {
        SubjectView subject = newSubject(tenant);
        // general: the minimum publicity period of 3 months ended on 2025-04-10 (-15 points while published)
        RecordView market = as(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.GENERAL, "东莞市市场监督管理局", LocalDate.of(2025, 1, 10), "《企业信息公示暂行条例》第十八条",
                "未按期公示年度报告", null), "officer-1"));
        // general penalty: repairable from 2025-08-20 (-5 points while published)
        RecordView tax = as(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.PENALTY,
                Severity.GENERAL, "国家税务总局东莞市税务局", LocalDate.of(2025, 5, 20), "《税收征收管理法》第六十二条",
                "逾期申报罚款", null), "officer-1"));
        return new Subject(subject.id(), subject.code(), market.id(), tax.id());
    }

    record Subject(long id, String code, long market, long tax) {
    }

    private SubjectView newSubject(TenantId tenant) {
        return as(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), "东莞市诚信服装有限公司", List.of()), "officer-1"));
    }

    private String apply(TenantId tenant, String code, String recordIds) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", code);
        data.put("recordIds", recordIds);
        data.put("obligationsFulfilled", true);
        data.put("repairCommitmentSigned", true);
        data.put("commitmentReference", "XF-2025-0926");
        data.put("statement", "已纠正失信行为，履行全部法定义务。");
        return as(tenant, () -> cases.start("credit-repair", "window-officer", data));
    }

    private RepairApplication application(TenantId tenant, String caseId) {
        // the items are loaded inside the tenant's transaction
        return as(tenant, () -> transactions.execute(status -> applications.findByCaseId(caseId).map(a -> {
            a.items().forEach(RepairItem::outcome);
            return a;
        }).orElseThrow()));
    }

    private long applicationsOf(TenantId tenant, String code) {
        return as(tenant, () -> (long) applications.findBySubjectCodeOrderByAppliedAtDesc(code).size());
    }

    private List<AuditEntry> trail(TenantId tenant, RepairApplication application) {
        return as(tenant, () -> audit.trailOf(RepairDelegates.AUDIT_TYPE, application.id()));
    }

    private List<WorkTask> tasksOf(String caseId) {
        return cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).toList();
    }

    private List<WorkTask> tasks(TenantId tenant, String caseId, String step) {
        return as(tenant, () -> tasksOf(caseId).stream().filter(t -> t.stepKey().equals(step)).toList());
    }

    private WorkTask only(TenantId tenant, String caseId, String step) {
        List<WorkTask> found = tasks(tenant, caseId, step);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private WorkTask reviewOf(TenantId tenant, String caseId, String group) {
        return tasks(tenant, caseId, "departmentReview").stream()
                .filter(t -> candidateGroups(t.id()).contains(group)).findFirst().orElseThrow();
    }

    private List<String> candidateGroups(String taskId) {
        return engineTasks.getIdentityLinksForTask(taskId).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private Instant resultTimerDue(String caseId) {
        return management.createTimerJobQuery().processInstanceId(caseId).list().stream()
                .filter(job -> "resultDeadline".equals(job.getElementId()))
                .map(job -> job.getDuedate().toInstant()).findFirst().orElse(null);
    }

    private void complete(TenantId tenant, WorkTask task, Map<String, ?> data) {
        complete(tenant, task, "window-officer", data);
    }

    /**
     * Completes a task as a user would: if a timer job of the same case committed first, the API answers
     * 409 (optimistic locking) and the user tries again.
     */
    private void complete(TenantId tenant, WorkTask task, String actor, Map<String, ?> data) {
        for (int attempt = 1; ; attempt++) {
            try {
                as(tenant, () -> {
                    cases.complete(task.id(), actor, data);
                    return null;
                });
                return;
            } catch (org.flowable.common.engine.api.FlowableOptimisticLockingException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, CITY).toInstant();
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @TestConfiguration
    static class RepairEvents {
        final List<RepairConcluded> concluded = new ArrayList<>();
        final List<RepairApplicationRejected> rejected = new ArrayList<>();

        @EventListener
        void on(RepairConcluded event) {
            concluded.add(event);
        }

        @EventListener
        void on(RepairApplicationRejected event) {
            rejected.add(event);
        }
    }
}
