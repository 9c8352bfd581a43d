package com.credittown.workflows.star;

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
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * The integrity-star selection on the real engine and PostgreSQL, with the engine clock moved so the 7-day
 * publicity period of 2025 passes (7 working days by default, across the National Day holiday; a tenant may choose
 * calendar days).
 */
@SpringBootTest
@Import(IntegrityStarProcessIntegrationTest.AwardListener.class)
class IntegrityStarProcessIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final String PROCESS = IntegrityStarSelection.PROCESS_KEY;
    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    NotificationService notifications;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    IntegrityStarSelection selection;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    AwardListener awards;
    @Autowired
    com.credittown.workflows.template.TemplateLibrary library;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        at(2025, 9, 26, 10, 0); // a Friday
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eligibleNominationIsApprovedPublishedForSevenDaysConfirmedAndHonouredInTheArchive() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        assertThat(round.starsPerRound()).isEqualTo(10);
        assertThat(round.status()).isEqualTo(StarRound.Status.OPEN);
        // no dishonesty or penalty in publicity (the city's rules), grade A: not below the round's minimum B
        SubjectView subject = subject(HUMEN, 0, null);
        assertThat(subject.grade()).isEqualTo(Grade.A);

        String caseId = nominate(HUMEN, round, subject, "department");
        WorkTask review = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(review.stepKey()).isEqualTo("townReview");
        assertThat(review.formKey()).isEqualTo("star-town-review");
        // 10 working days after Friday 26 Sep: the 调休 Sunday 28 Sep and Saturday 11 Oct count, 1-8 Oct do not
        assertThat(review.dueAt()).isEqualTo(cityTime(2025, 10, 17, 0, 0));
        assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.TOWN_REVIEW);
        assertThat(nomination(HUMEN, caseId).nominatingDepartment()).isEqualTo("东莞市市场监督管理局虎门分局");

        complete(HUMEN, review, Map.of("townDecision", "approve", "townOpinion", "诚信经营，群众评价良好"));

        StarNomination published = nomination(HUMEN, caseId);
        assertThat(published.status()).isEqualTo(NominationStatus.IN_PUBLICITY);
        assertThat(published.publicityFirstDay()).isEqualTo(LocalDate.of(2025, 9, 27));
        // 7 working days: 28 Sep (调休), 29, 30 Sep, 9, 10, 11 (调休), 13 Oct
        assertThat(published.publicityLastDay()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(published.publicityClosesAt()).isEqualTo(cityTime(2025, 10, 14, 0, 0));
        assertThat(as(HUMEN, () -> tasksOf(caseId))).isEmpty();

        // the last evening of the period: still in publicity, no confirmation yet
        at(2025, 10, 13, 23, 59);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.IN_PUBLICITY));

        at(2025, 10, 14, 0, 0, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.CITY_REVIEW));
        WorkTask confirmation = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(confirmation.stepKey()).isEqualTo("cityConfirmation");
        // 10 working days from Tuesday 14 Oct: 15-17, 20-24, 27, 28 Oct
        assertThat(confirmation.dueAt()).isEqualTo(cityTime(2025, 10, 29, 0, 0));

        at(2025, 10, 20, 9, 30);
        complete(HUMEN, confirmation, Map.of("cityDecision", "confirm"));

        StarNomination awarded = nomination(HUMEN, caseId);
        assertThat(awarded.status()).isEqualTo(NominationStatus.AWARDED);
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        SubjectArchive file = as(HUMEN, () -> archive.archiveOf(subject.id()));
        RecordView honour = file.records().stream().filter(r -> r.kind() == RecordKind.HONOUR).findFirst().orElseThrow();
        assertThat(honour.id()).isEqualTo(awarded.honourRecordId());
        assertThat(honour.title()).isEqualTo("诚信之星 " + round.name());
        assertThat(honour.department()).isEqualTo("虎门镇信用办");
        assertThat(honour.legalBasis()).isEqualTo("东府办〔2024〕6号（二十二）");
        assertThat(honour.decisionDate()).isEqualTo(LocalDate.of(2025, 10, 20));
        assertThat(honour.severity()).isNull();
        // the honour adds 5 points under the city's scoring model (the score stays within its maximum, 100)
        assertThat(file.explanation()).anySatisfy(c -> {
            assertThat(c.recordId()).isEqualTo(honour.id());
            assertThat(c.points()).isEqualTo(5);
        });
        assertThat(file.score()).isEqualTo(100);
        assertThat(file.grade()).isEqualTo(Grade.A);
        assertThat(awards.received).anySatisfy(event -> {
            assertThat(event.caseId()).isEqualTo(caseId);
            assertThat(event.tenant()).isEqualTo("humen");
            assertThat(event.roundName()).isEqualTo(round.name());
            assertThat(event.honourRecordId()).isEqualTo(honour.id());
        });
        // the outcome reaches the subject: a notification its merchant accounts read (SubjectOutcomeNotices)
        assertThat(as(HUMEN, () -> notifications.ofCase(caseId))).anySatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.CASE_OUTCOME);
            assertThat(n.getRecipient()).startsWith("subject:");
            assertThat(n.getTitle()).isEqualTo("获评诚信之星：" + round.name());
        });
        assertThat(as(HUMEN, () -> audit.trailOf(IntegrityStarSelection.AUDIT_NOMINATION, awarded.id())))
                .extracting(AuditEntry::action)
                .containsExactly("STAR_NOMINATED", "STAR_ELIGIBLE", "STAR_PUBLICITY_STARTED", "STAR_PUBLICITY_ENDED",
                        "STAR_AWARDED");
    }

    @Test
    void unrepairedSevereDishonestyMakesTheNominationIneligibleWithItsReasons() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        SubjectView subject = subject(HUMEN, 0, Severity.SEVERE);

        String caseId = nominate(HUMEN, round, subject, "self");

        StarNomination nomination = nomination(HUMEN, caseId);
        assertThat(nomination.status()).isEqualTo(NominationStatus.INELIGIBLE);
        // the city's rule, the record that breaks it (any town's) and the rule's basis; the grade held at D too
        assertThat(nomination.ineligibilityReasons()).contains("存在公示期内（未修复）的失信记录：拒不履行法院判决（东莞市第一人民法院",
                "依据：市信用办设置", "信用等级低于本轮要求的等级：当前等级 D，要求 B 级或以上");
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(HUMEN, () -> tasksOf(caseId))).isEmpty();
    }

    @Test
    void penaltiesInPublicityAndAGradeBelowTheMinimumMakeTheNominationIneligible() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        SubjectView subject = subject(HUMEN, 6, null); // 70 points: grade C
        assertThat(subject.grade()).isEqualTo(Grade.C);

        String caseId = nominate(HUMEN, round, subject, "town");

        StarNomination nomination = nomination(HUMEN, caseId);
        assertThat(nomination.status()).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(nomination.ineligibilityReasons()).contains("存在公示期内的行政处罚记录：行政处罚 0（东莞市市场监督管理局")
                .contains("信用等级低于本轮要求的等级：当前等级 C，要求 B 级或以上")
                .doesNotContain("失信记录");
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
    }

    @Test
    void townRejectsWithReasons() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        String caseId = nominate(HUMEN, round, subject(HUMEN, 0, null), "self");

        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)),
                Map.of("townDecision", "reject", "townOpinion", "推荐材料不足"));

        StarNomination nomination = nomination(HUMEN, caseId);
        assertThat(nomination.status()).isEqualTo(NominationStatus.REJECTED_BY_TOWN);
        assertThat(nomination.townOpinion()).isEqualTo("推荐材料不足");
        assertThat(nomination.publicityClosesAt()).isNull();
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
    }

    @Test
    void objectionDuringPublicityKeepsTheCaseWaitingUntilItIsAnswered() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        String caseId = nominateAndApprove(HUMEN, round, subject(HUMEN, 0, null));

        at(2025, 9, 30, 15, 0);
        StarObjection objection = as(HUMEN, () -> selection.fileObjection(caseId, "该企业曾拖欠员工工资，请核实。"));
        assertThat(objection.answered()).isFalse();
        assertThat(nomination(HUMEN, caseId).objectionCount()).isEqualTo(1);

        // the period passes with the objection unanswered: the case waits for the answer, not for the city
        at(2025, 10, 14, 0, 0, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.OBJECTIONS_PENDING));
        WorkTask answer = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(answer.stepKey()).isEqualTo("answerObjections");

        // concluding before the objection is answered is refused, and nothing moves
        assertThatThrownBy(() -> complete(HUMEN, answer,
                Map.of("objectionOutcome", "dismissed", "objectionConclusion", "经核实，异议不成立")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1 objection(s)")
                .hasMessageContaining("still unanswered");
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).id()).isEqualTo(answer.id());
        assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.OBJECTIONS_PENDING);

        // and a new objection now comes too late
        assertThatThrownBy(() -> as(HUMEN, () -> selection.fileObjection(caseId, "再次异议")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ended at 2025-10-14 00:00");

        at(2025, 10, 15, 10, 0);
        as(HUMEN, () -> selection.answerObjection(objection.id(), "经人社部门核实，工资已于2024年足额支付。", "officer-b"));
        complete(HUMEN, answer, Map.of("objectionOutcome", "dismissed", "objectionConclusion", "经核实，异议不成立"));

        StarNomination nomination = nomination(HUMEN, caseId);
        assertThat(nomination.status()).isEqualTo(NominationStatus.CITY_REVIEW);
        assertThat(nomination.objectionConclusion()).isEqualTo("经核实，异议不成立");
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).stepKey()).isEqualTo("cityConfirmation");
        assertThat(as(HUMEN, () -> selection.objectionsOf(caseId))).singleElement().satisfies(o -> {
            assertThat(o.answeredBy()).isEqualTo("officer-b");
            assertThat(o.answeredAt()).isEqualTo(cityTime(2025, 10, 15, 10, 0));
        });
    }

    @Test
    void anUpheldObjectionWithdrawsTheNomination() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        String caseId = nominateAndApprove(HUMEN, round, subject(HUMEN, 0, null));
        StarObjection objection = as(HUMEN, () -> selection.fileObjection(caseId, "存在虚假宣传"));

        at(2025, 10, 14, 0, 0, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.OBJECTIONS_PENDING));
        as(HUMEN, () -> selection.answerObjection(objection.id(), "经核实属实", "officer-b"));
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)),
                Map.of("objectionOutcome", "upheld", "objectionConclusion", "异议成立，撤销提名"));

        assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.WITHDRAWN);
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
    }

    @Test
    void objectionAfterThePeriodIsRefusedEvenBeforeTheTimerHasRun() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        String caseId = nominateAndApprove(HUMEN, round, subject(HUMEN, 0, null));

        at(2025, 10, 14, 0, 0, 0);
        assertThatThrownBy(() -> as(HUMEN, () -> selection.fileObjection(caseId, "迟到的异议")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ended at 2025-10-14 00:00; objections are no longer accepted");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(HUMEN, caseId).status()).isEqualTo(NominationStatus.CITY_REVIEW));
        assertThatThrownBy(() -> as(HUMEN, () -> selection.fileObjection(caseId, "迟到的异议")))
                .isInstanceOf(ConflictException.class);
        assertThat(as(HUMEN, () -> selection.objectionsOf(caseId))).isEmpty();
        assertThat(nomination(HUMEN, caseId).objectionCount()).isZero();
    }

    @Test
    void cityConfirmsNoMoreStarsThanTheRoundHasAndMayRefuse() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            caseIds.add(nominateAndApprove(HUMEN, round, subject(HUMEN, 0, null)));
        }
        at(2025, 10, 14, 0, 0, 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(caseIds)
                .allSatisfy(id -> assertThat(nomination(HUMEN, id).status()).isEqualTo(NominationStatus.CITY_REVIEW)));

        at(2025, 10, 15, 10, 0);
        for (String id : caseIds.subList(0, 10)) {
            complete(HUMEN, as(HUMEN, () -> onlyTaskOf(id)), Map.of("cityDecision", "confirm"));
        }
        String eleventh = caseIds.get(10);
        WorkTask last = as(HUMEN, () -> onlyTaskOf(eleventh));
        assertThatThrownBy(() -> complete(HUMEN, last, Map.of("cityDecision", "confirm")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("The round " + round.name() + " already has its 10 integrity stars");
        assertThat(nomination(HUMEN, eleventh).status()).isEqualTo(NominationStatus.CITY_REVIEW);
        assertThat(nomination(HUMEN, eleventh).honourRecordId()).isNull();
        assertThat(as(HUMEN, () -> onlyTaskOf(eleventh)).id()).isEqualTo(last.id());

        complete(HUMEN, last, Map.of("cityDecision", "refuse", "cityOpinion", "本批次名额已满"));
        assertThat(nomination(HUMEN, eleventh).status()).isEqualTo(NominationStatus.REFUSED_BY_CITY);
        assertThat(as(HUMEN, () -> selection.nominationsOf(round.id())))
                .extracting(StarNomination::status)
                .containsOnly(NominationStatus.AWARDED, NominationStatus.REFUSED_BY_CITY)
                .filteredOn(s -> s == NominationStatus.AWARDED).hasSize(10);
    }

    @Test
    void closedRoundTakesNoNomination() {
        StarRound round = as(HUMEN, () -> selection.openRound(roundName(), "officer-a"));
        as(HUMEN, () -> selection.closeRound(round.id(), "officer-a"));
        SubjectView subject = subject(HUMEN, 0, null);

        assertThatThrownBy(() -> nominate(HUMEN, round, subject, "self"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is closed");
        assertThat(as(HUMEN, () -> selection.nominationsOf(round.id()))).isEmpty();
    }

    @Test
    void publicityTimersFireForTheirOwnTenantAndTenantsDoNotSeeEachOther() {
        String name = roundName();
        StarRound humenRound = as(HUMEN, () -> selection.openRound(name, "officer-a"));
        StarRound changanRound = as(CHANGAN, () -> selection.openRound(name, "officer-c"));
        String humenCase = nominateAndApprove(HUMEN, humenRound, subject(HUMEN, 0, null));
        at(2025, 9, 29, 10, 0); // Monday: changan's 7 working days run 30 Sep, 9-11 (调休), 13-15 Oct
        String changanCase = nominateAndApprove(CHANGAN, changanRound, subject(CHANGAN, 0, null));
        assertThat(nomination(CHANGAN, changanCase).publicityClosesAt()).isEqualTo(cityTime(2025, 10, 16, 0, 0));

        // one tenant cannot see, object to, or work the other's nomination
        assertThatThrownBy(() -> as(CHANGAN, () -> selection.nomination(humenCase))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(CHANGAN, () -> selection.fileObjection(humenCase, "跨租户异议")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(CHANGAN, () -> selection.nominationsOf(changanRound.id())))
                .extracting(StarNomination::caseId).containsExactly(changanCase);
        assertThatThrownBy(() -> as(CHANGAN, () -> selection.nominationsOf(humenRound.id())))
                .isInstanceOf(NotFoundException.class);

        at(2025, 10, 14, 0, 0, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(HUMEN, humenCase).status()).isEqualTo(NominationStatus.CITY_REVIEW));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(nomination(CHANGAN, changanCase).status()).isEqualTo(NominationStatus.IN_PUBLICITY));
        String humenNomination = nomination(HUMEN, humenCase).id();
        assertThat(as(HUMEN, () -> audit.trailOf(IntegrityStarSelection.AUDIT_NOMINATION, humenNomination)))
                .filteredOn(e -> e.action().equals("STAR_PUBLICITY_ENDED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(AuditLog.SYSTEM));
        assertThat(as(CHANGAN, () -> audit.trailOf(IntegrityStarSelection.AUDIT_NOMINATION, humenNomination))).isEmpty();
        assertThat(as(CHANGAN, () -> tasksOf(humenCase))).isEmpty();
        // changan still takes objections while humen's period is over
        as(CHANGAN, () -> selection.fileObjection(changanCase, "请核实其纳税情况"));

        at(2025, 10, 16, 0, 0, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(nomination(CHANGAN, changanCase).status()).isEqualTo(NominationStatus.OBJECTIONS_PENDING));
        assertThat(nomination(HUMEN, humenCase).objectionCount()).isZero();
    }

    // --- helpers ---

    private String nominateAndApprove(TenantId tenant, StarRound round, SubjectView subject) {
        String caseId = nominate(tenant, round, subject, "town");
        complete(tenant, as(tenant, () -> onlyTaskOf(caseId)),
                Map.of("townDecision", "approve", "townOpinion", "同意推荐"));
        assertThat(nomination(tenant, caseId).status()).isEqualTo(NominationStatus.IN_PUBLICITY);
        return caseId;
    }

    private String nominate(TenantId tenant, StarRound round, SubjectView subject, String nominatedBy) {
        Map<String, Object> data = new HashMap<>();
        data.put("roundId", round.id());
        data.put("subjectCode", subject.code());
        data.put("subjectName", subject.name());
        data.put("nominatedBy", nominatedBy);
        if ("department".equals(nominatedBy)) {
            data.put("nominatingDepartment", "东莞市市场监督管理局虎门分局");
        }
        data.put("reasons", "守法经营十年，无投诉，积极参与诚信商圈建设。");
        return as(tenant, () -> cases.start(PROCESS, "officer-a", data));
    }

    /** A registered market entity with the given number of penalties and optionally a dishonesty record. */
    private SubjectView subject(TenantId tenant, int penalties, Severity dishonesty) {
        return as(tenant, () -> {
            SubjectView subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    CODES.next("441900").value(), "东莞市诚信示范企业" + UUID.randomUUID().toString().substring(0, 6) + "有限公司",
                    List.of()), "officer-a");
            for (int i = 0; i < penalties; i++) {
                archive.addRecord(subject.id(), new RecordDetails(RecordKind.PENALTY, null, "东莞市市场监督管理局",
                        LocalDate.of(2025, 9, 1), null, "行政处罚 " + i, null), "officer-a");
            }
            if (dishonesty != null) {
                archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, dishonesty, "东莞市第一人民法院",
                        LocalDate.of(2025, 9, 1), "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条",
                        "拒不履行法院判决", null), "officer-a");
            }
            return registry.subject(subject.id());
        });
    }

    private StarNomination nomination(TenantId tenant, String caseId) {
        return as(tenant, () -> selection.nomination(caseId));
    }

    private void complete(TenantId tenant, WorkTask task, Map<String, ?> data) {
        as(tenant, () -> {
            cases.complete(task.id(), "officer-b", data);
            return null;
        });
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = tasksOf(caseId);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<WorkTask> tasksOf(String caseId) {
        return cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).toList();
    }

    private static String roundName() {
        return "2025年第三季度-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void at(int year, int month, int day, int hour, int minute) {
        at(year, month, day, hour, minute, 0);
    }

    private void at(int year, int month, int day, int hour, int minute, int second) {
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, minute, second, 0, CITY).toInstant());
    }

    private static Instant cityTime(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, CITY).toInstant();
    }

    @Test
    void aRoundOpensWithTheStarsItsTenantPublishedWhileAnotherTenantKeepsTheCityDefault() {
        TenantId adapted = fixtures.provisionFreshTenant("stars");
        TenantId plain = fixtures.provisionFreshTenant("starsdef");
        as(adapted, () -> library.publish(PROCESS, Map.of("starsPerRound", 15), "园区规模较大，名额增加",
                adapted.code() + ".admin"));

        StarRound adaptedRound = as(adapted, () -> selection.openRound(roundName(), "officer-a"));
        StarRound plainRound = as(plain, () -> selection.openRound(roundName(), "officer-b"));

        assertThat(adaptedRound.starsPerRound()).isEqualTo(15);
        assertThat(plainRound.starsPerRound()).isEqualTo(10);
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @TestConfiguration
    static class AwardListener {
        final List<IntegrityStarAwarded> received = Collections.synchronizedList(new ArrayList<>());

        @EventListener
        void on(IntegrityStarAwarded event) {
            received.add(event);
        }
    }
}
