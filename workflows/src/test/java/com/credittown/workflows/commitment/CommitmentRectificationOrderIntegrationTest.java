package com.credittown.workflows.commitment;

import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.notification.Notification;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The order to rectify within a deadline (责令限期整改, 国办发〔2020〕42号) of the credit-commitment process, on the real
 * engine and PostgreSQL with the platform clock moved: an unfulfilled commitment is ordered rectified with a deadline
 * of 10 working days (the city's default) on the city calendar, the subject is notified and submits its rectification;
 * rectified in time, the case ends with no dishonesty record; the deadline passing, or the rectification rejected,
 * records the breach; a false commitment is recorded at once.
 *
 * <p>Every case is verified on Friday 2025-09-26: 10 working days later is Thursday 2025-10-16 (the 调休 Sunday 28 Sep
 * and Saturday 11 Oct count, the National Day holiday 1-8 Oct does not), so the deadline passes at 00:00 on 10-17.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentRectificationOrderIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final String BASIS = "《优化营商环境条例》第四十二条";

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
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    NotificationService notifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        clock.moveTo(at(2025, 9, 26, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anUnfulfilledCommitmentIsOrderedToRectifyAndTheSubjectIsNotified() throws Exception {
        String caseId = foundUnfulfilled();

        WorkTask rectify = onlyTaskOf(caseId);
        assertThat(rectify.stepKey()).isEqualTo("rectify");
        assertThat(rectify.formKey()).isEqualTo("commitment-rectify");
        assertThat(rectify.dueAt()).isEqualTo(at(2025, 10, 17, 0, 0));
        Commitment ordered = commitment(caseId);
        assertThat(ordered.status()).isEqualTo(CommitmentStatus.ORDERED_TO_RECTIFY);
        assertThat(ordered.rectificationDue()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(ordered.rectificationDueFlagged()).isFalse();
        assertThat(ordered.dishonestyRecordId()).isNull();
        // no breach yet: the archive has the commitment and nothing else
        assertThat(records(ordered)).extracting(RecordView::kind).containsExactly(RecordKind.COMMITMENT);
        // still a published commitment: the public list keeps it, marked under rectification with its deadline
        mvc.perform(get("/api/public/tenants/humen/notices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[?(@.caseId == '%s')].rectifyBy".formatted(caseId))
                        .value(hasItem("2025-10-16")));

        // the order is served on the subject: its merchant account sees it among its notifications and its steps
        assertThat(as(() -> notifications.ofCase(caseId))).filteredOn(n -> n.getKind() == NotificationKind.ORDER_TO_RECTIFY)
                .singleElement().satisfies(n -> {
                    assertThat(n.getRecipient()).isEqualTo(NotificationService.subjectRecipient(ordered.subjectCode()));
                    assertThat(n.getTitle()).contains("责令限期整改").contains("2025-10-16");
                });
        var merchant = TestUsers.merchantOf("humen", ordered.subjectCode());
        mvc.perform(get("/api/tenants/humen/notifications").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(hasItem("ORDER_TO_RECTIFY")))
                .andExpect(jsonPath("$[*].caseId").value(hasItem(caseId)));
        // another merchant of the town does not see it
        mvc.perform(get("/api/tenants/humen/notifications").with(TestUsers.merchantOf("humen", "91441900MA4W12346U")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseId").value(org.hamcrest.Matchers.not(hasItem(caseId))));

        // the merchant submits its rectification in the portal; the officer's review follows
        JsonNode tasks = json.readTree(mvc.perform(get("/api/tenants/humen/my/tasks").with(merchant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String taskId = null;
        for (JsonNode task : tasks) {
            if (caseId.equals(task.get("caseId").asText())) {
                assertThat(task.get("stepKey").asText()).isEqualTo("rectify");
                taskId = task.get("id").asText();
            }
        }
        assertThat(taskId).isEqualTo(rectify.id());
        mvc.perform(post("/api/tenants/humen/my/tasks/" + taskId + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data", Map.of("rectifiedOn", "2025-09-30")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("rectification")));
        mvc.perform(post("/api/tenants/humen/my/tasks/" + taskId + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data",
                                Map.of("rectification", "已建成污染防治设施并投入运行", "rectifiedOn", "2025-09-30")))))
                .andExpect(status().is2xxSuccessful());
        assertThat(onlyTaskOf(caseId).stepKey()).isEqualTo("reviewRectification");
        assertThat(commitment(caseId).rectification()).isEqualTo("已建成污染防治设施并投入运行");
    }

    @Test
    void rectifiedInTimeTheCaseEndsWithoutADishonestyRecord() {
        String caseId = foundUnfulfilled();
        // the last day of the period, in the evening
        clock.moveTo(at(2025, 10, 16, 20, 0));
        complete(onlyTaskOf(caseId), "officer-a", Map.of("rectification", "已补建设施", "rectifiedOn", "2025-10-16"));
        complete(onlyTaskOf(caseId), "officer-b", Map.of("rectificationOutcome", "accepted",
                "rectificationOpinion", "经现场核查，整改到位"));

        Commitment rectified = commitment(caseId);
        assertThat(rectified.status()).isEqualTo(CommitmentStatus.RECTIFIED);
        assertThat(rectified.dishonestyRecordId()).isNull();
        assertThat(rectified.breachKind()).isNull();
        assertThat(rectified.revocationFlagged()).isFalse();
        assertThat(as(() -> cases.caseById(caseId)).open()).isFalse();
        assertThat(records(rectified)).extracting(RecordView::kind).doesNotContain(RecordKind.DISHONESTY);
        assertThat(as(() -> audit.trailOf("commitment", rectified.id()))).extracting(AuditEntry::action)
                .containsSubsequence("COMMITMENT_ORDERED_TO_RECTIFY", "COMMITMENT_RECTIFICATION_SUBMITTED",
                        "COMMITMENT_RECTIFIED")
                .doesNotContain("COMMITMENT_BREACHED");

        // the deadline passing afterwards changes nothing
        clock.moveTo(at(2025, 10, 17, 0, 0).plusSeconds(1));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(commitment(caseId).status()).isEqualTo(CommitmentStatus.RECTIFIED));
        assertThat(records(rectified)).extracting(RecordView::kind).doesNotContain(RecordKind.DISHONESTY);
    }

    @Test
    void theDeadlinePassingWithoutRectificationRecordsTheBreach() throws Exception {
        String caseId = foundUnfulfilled();
        String commitmentId = commitment(caseId).id();

        // the last day has not passed yet
        clock.moveTo(at(2025, 10, 16, 23, 0));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(commitment(caseId).status()).isEqualTo(CommitmentStatus.ORDERED_TO_RECTIFY));
        assertThat(onlyTaskOf(caseId).stepKey()).isEqualTo("rectify");

        clock.moveTo(at(2025, 10, 17, 0, 0).plusSeconds(1));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(commitment(caseId).status()).isEqualTo(CommitmentStatus.BREACHED));

        Commitment breached = commitment(caseId);
        assertThat(breached.breachReason()).isEqualTo(BreachReason.NOT_RECTIFIED_IN_TIME);
        // breached, it leaves the public list of commitments
        mvc.perform(get("/api/public/tenants/humen/notices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commitments[*].caseId").value(org.hamcrest.Matchers.not(hasItem(caseId))));
        assertThat(breached.legalBasis()).isEqualTo(BASIS);
        assertThat(breached.revocationFlagged()).isTrue();
        assertThat(records(breached)).filteredOn(r -> r.kind() == RecordKind.DISHONESTY).singleElement()
                .satisfies(record -> {
                    assertThat(record.id()).isEqualTo(breached.dishonestyRecordId());
                    assertThat(record.legalBasis()).isEqualTo(BASIS);
                    assertThat(record.severity()).isEqualTo(Severity.GENERAL);
                    assertThat(record.summary()).contains("逾期未整改").contains("2025-10-16");
                });
        assertThat(as(() -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(() -> audit.trailOf("commitment", commitmentId))).extracting(AuditEntry::action)
                .containsSubsequence("COMMITMENT_ORDERED_TO_RECTIFY", "COMMITMENT_RECTIFICATION_LAPSED",
                        "COMMITMENT_BREACHED");
    }

    @Test
    void aRejectedRectificationRecordsTheBreach() {
        String caseId = foundUnfulfilled();
        clock.moveTo(at(2025, 10, 9, 10, 0));
        complete(onlyTaskOf(caseId), "officer-a", Map.of("rectification", "设施建设中", "rectifiedOn", "2025-10-09"));
        complete(onlyTaskOf(caseId), "officer-b", Map.of("rectificationOutcome", "rejected",
                "rectificationOpinion", "设施未建成，整改不到位"));

        Commitment breached = commitment(caseId);
        assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
        assertThat(breached.breachReason()).isEqualTo(BreachReason.RECTIFICATION_REJECTED);
        assertThat(breached.rectificationOpinion()).isEqualTo("设施未建成，整改不到位");
        assertThat(records(breached)).filteredOn(r -> r.kind() == RecordKind.DISHONESTY).singleElement()
                .satisfies(record -> {
                    assertThat(record.legalBasis()).isEqualTo(BASIS);
                    assertThat(record.severity()).isEqualTo(Severity.GENERAL);
                    assertThat(record.decisionDate()).isEqualTo(LocalDate.of(2025, 10, 9));
                    assertThat(record.summary()).contains("整改未通过：设施未建成，整改不到位");
                });
        assertThat(as(() -> cases.caseById(caseId)).open()).isFalse();
    }

    @Test
    void aFalseCommitmentIsRecordedAtOnceWithoutAnOrder() {
        String caseId = signed();
        complete(onlyTaskOf(caseId), "officer-b", Map.of("outcome", "breached", "findings", "承诺材料系伪造",
                "breachKind", "false-statement", "legalBasis", "《行政许可法》第六十九条"));

        Commitment breached = commitment(caseId);
        assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
        assertThat(breached.breachReason()).isEqualTo(BreachReason.AT_VERIFICATION);
        assertThat(breached.rectificationOrderedAt()).isNull();
        assertThat(records(breached)).filteredOn(r -> r.kind() == RecordKind.DISHONESTY).singleElement()
                .satisfies(record -> assertThat(record.severity()).isEqualTo(Severity.SEVERE));
        assertThat(as(() -> cases.caseById(caseId)).open()).isFalse();
        assertThat(as(() -> notifications.ofCase(caseId))).extracting(Notification::getKind)
                .doesNotContain(NotificationKind.ORDER_TO_RECTIFY);
    }

    private String foundUnfulfilled() {
        String caseId = signed();
        complete(onlyTaskOf(caseId), "officer-b", Map.of("outcome", "breached", "findings", "核查发现承诺的污染防治设施未建成",
                "breachKind", "not-fulfilled", "legalBasis", BASIS));
        return caseId;
    }

    private String signed() {
        String caseId = as(() -> cases.start("credit-commitment", "officer-a",
                CreditCommitmentProcessIntegrationTest.startForm("approval")));
        complete(onlyTaskOf(caseId), "officer-a", Map.of("signatory", "李四", "signedOn", "2025-09-26"));
        assertThat(onlyTaskOf(caseId).stepKey()).isEqualTo("verify");
        return caseId;
    }

    private void complete(WorkTask task, String actor, Map<String, Object> data) {
        as(() -> {
            cases.complete(task.id(), actor, data);
            return null;
        });
    }

    private Commitment commitment(String caseId) {
        return as(() -> commitments.findByCaseId(caseId).orElseThrow());
    }

    private List<RecordView> records(Commitment commitment) {
        return as(() -> archive.archiveOf(subjects.byCode(commitment.subjectCode()).orElseThrow().id()).records());
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = as(() -> cases.openTasks(0, 500)).stream()
                .filter(t -> t.caseId().equals(caseId)).toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, CITY).toInstant();
    }

    private static <T> T as(Callable<T> work) {
        return TenantContext.callAs(HUMEN, work);
    }
}
