package com.credittown.workflows.cases;

import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.CityRealm;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.identity.RealmUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TenantOrganisations;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Task operations (docs/task-operations.md) as officers use them over REST, on the real engine, PostgreSQL and
 * Keycloak (the users handed work are members of the tenant's organisation): transfer, delegate, return, copy,
 * withdraw and co-sign, each audited; refusals for another tenant's users, for who is not the holder, and for
 * steps the city office locks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TaskOperationsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new SplittableRandom());
    private static final String BASE = "/api/tenants/humen";
    private static final String OFFICER = "humen.ops-a";
    private static final String COLLEAGUE = "humen.ops-b";
    private static final String TAX = "humen.ops-tax";
    private static final String ADMIN = "humen.ops-admin";
    private static final String FOREIGN = "changan.ops-a";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    TenantDirectory directory;
    @Autowired
    CityRealm realm;
    @Autowired
    TenantOrganisations organisations;
    @Autowired
    RealmUsers realmUsers;
    @Autowired
    CaseService cases;
    @Autowired
    AuditLog audit;
    @Autowired
    TaskService taskService;
    @Autowired
    PlatformClock clock;
    @Autowired
    com.credittown.platform.credit.CreditSubjectRegistry registry;
    @Autowired
    com.credittown.platform.credit.CreditArchive archive;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        // a fresh Keycloak (CI) has no city realm yet: only the tenants module's start-up provisions it
        realm.ensure();
        organisations.ensure(directory.find("humen").orElseThrow());
        organisations.ensure(directory.find("changan").orElseThrow());
        ensure(OFFICER, "humen", Set.of(Roles.OFFICER), Map.of());
        ensure(COLLEAGUE, "humen", Set.of(Roles.OFFICER), Map.of());
        ensure(TAX, "humen", Set.of(Roles.DEPARTMENT_REVIEWER), Map.of("department", "tax"));
        ensure(ADMIN, "humen", Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), Map.of());
        ensure(FOREIGN, "changan", Set.of(Roles.OFFICER), Map.of());
        clock.moveTo(OffsetDateTime.of(2025, 9, 1, 10, 0, 1, 0, ZoneOffset.ofHours(8)).toInstant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void transferGivesTheTaskToAColleagueOfTheTenantAndIsAudited() throws Exception {
        String caseId = startRectification();
        String plan = onlyTask(caseId).getId();
        claim(plan, OFFICER);

        operate(plan, "transfer", OFFICER, Map.of("user", COLLEAGUE, "reason", "休假，转同事办理"))
                .andExpect(status().isNoContent());
        assertThat(task(plan).getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(trail(caseId)).anyMatch(entry -> entry.action().equals("TASK_TRANSFERRED")
                && entry.actor().equals(OFFICER) && entry.detail().contains(OFFICER + " → " + COLLEAGUE)
                && entry.detail().contains("休假，转同事办理"));

        // the former holder no longer may hand it on; the new holder may
        operate(plan, "transfer", OFFICER, Map.of("user", OFFICER))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not your task"));
        // a user of another town is answered like a name nobody has; nothing changes
        operate(plan, "transfer", COLLEAGUE, Map.of("user", FOREIGN))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("User not found"));
        operate(plan, "transfer", COLLEAGUE, Map.of("user", "nobody.at.all"))
                .andExpect(status().isNotFound());
        // the plan is a locked step done by officers: a tax reviewer may not be made to do it
        operate(plan, "transfer", COLLEAGUE, Map.of("user", TAX))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("outside-step-group"));
        operate(plan, "transfer", COLLEAGUE, Map.of("reason", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("user")));
        // another tenant's officer does not find humen at all
        mvc.perform(post(BASE + "/tasks/" + plan + "/transfer").with(TestUsers.officerOf("changan"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"user\":\"" + FOREIGN + "\"}"))
                .andExpect(status().isNotFound());
        assertThat(task(plan).getAssignee()).isEqualTo(COLLEAGUE);

        // the tenant's administrator may hand on any task of the tenant
        operate(plan, "transfer", ADMIN, Map.of("user", OFFICER)).andExpect(status().isNoContent());
        assertThat(task(plan).getAssignee()).isEqualTo(OFFICER);
    }

    @Test
    void aDelegatedTaskComesBackToItsOwner() throws Exception {
        String caseId = startRectification();
        String plan = onlyTask(caseId).getId();
        claim(plan, OFFICER);

        operate(plan, "delegate", OFFICER, Map.of("user", COLLEAGUE, "reason", "请协助起草方案"))
                .andExpect(status().isNoContent());
        Task delegated = task(plan);
        assertThat(delegated.getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(delegated.getOwner()).isEqualTo(OFFICER);
        mvc.perform(get(BASE + "/tasks/" + plan).with(user(COLLEAGUE)))
                .andExpect(jsonPath("$.task.delegated").value(true))
                .andExpect(jsonPath("$.task.owner").value(OFFICER));
        // while the delegate works it, it is not handed on again
        operate(plan, "transfer", COLLEAGUE, Map.of("user", OFFICER)).andExpect(status().isConflict());

        // the delegate is done: the step is back with its owner, not completed
        complete(plan, COLLEAGUE, planForm()).andExpect(status().isNoContent());
        Task back = task(plan);
        assertThat(back.getAssignee()).isEqualTo(OFFICER);
        assertThat(back.getTaskDefinitionKey()).isEqualTo("plan");
        complete(plan, OFFICER, planForm()).andExpect(status().isNoContent());
        assertThat(onlyTask(caseId).getTaskDefinitionKey()).isEqualTo("evidence");
        assertThat(trail(caseId)).extracting(AuditEntry::action).contains("TASK_DELEGATED");
    }

    @Test
    void aCosignerSignsBeforeTheTaskCanBeCompleted() throws Exception {
        String caseId = startRectification();
        String plan = onlyTask(caseId).getId();
        claim(plan, OFFICER);

        operate(plan, "cosign", OFFICER, Map.of("users", List.of(COLLEAGUE), "reason", "方案须会签"))
                .andExpect(status().isNoContent());
        complete(plan, OFFICER, planForm())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(COLLEAGUE)));

        // the co-signer finds it in their own inbox, for the same case, and signs
        String body = mvc.perform(get(BASE + "/inbox").param("scope", "MINE").with(user(COLLEAGUE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode cosign = null;
        for (JsonNode node : json.readTree(body)) {
            if (plan.equals(node.path("parentId").asText())) {
                cosign = node;
            }
        }
        assertThat(cosign).isNotNull();
        assertThat(cosign.get("caseId").asText()).isEqualTo(caseId);
        complete(cosign.get("id").asText(), COLLEAGUE, Map.of()).andExpect(status().isNoContent());

        complete(plan, OFFICER, planForm()).andExpect(status().isNoContent());
        assertThat(onlyTask(caseId).getTaskDefinitionKey()).isEqualTo("evidence");
        assertThat(trail(caseId)).extracting(AuditEntry::action).contains("TASK_COSIGNERS_ADDED");
        mvc.perform(get(BASE + "/cases/" + caseId).with(user(OFFICER)))
                .andExpect(jsonPath("$.decisions[*].actor").value(hasItem(COLLEAGUE)));
    }

    @Test
    void aCopyReachesTheRecipientsCopiedToMeListAndNotifications() throws Exception {
        String caseId = startRectification();
        String plan = onlyTask(caseId).getId();
        claim(plan, OFFICER);

        operate(plan, "copy", OFFICER, Map.of("users", List.of(COLLEAGUE, FOREIGN), "reason", "请知悉"))
                .andExpect(status().isNotFound());
        operate(plan, "copy", OFFICER, Map.of("users", List.of())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(BASE + "/copies").with(user(COLLEAGUE)))
                .andExpect(jsonPath("$[?(@.taskId == '" + plan + "')]").isEmpty());

        operate(plan, "copy", OFFICER, Map.of("users", List.of(COLLEAGUE, TAX), "reason", "请知悉"))
                .andExpect(status().isNoContent());
        mvc.perform(get(BASE + "/copies").with(user(COLLEAGUE)))
                .andExpect(jsonPath("$[?(@.taskId == '" + plan + "')].sender").value(hasItem(OFFICER)))
                .andExpect(jsonPath("$[?(@.taskId == '" + plan + "')].note").value(hasItem("请知悉")))
                .andExpect(jsonPath("$[?(@.taskId == '" + plan + "')].caseId").value(hasItem(caseId)));
        mvc.perform(get(BASE + "/notifications").with(user(COLLEAGUE)))
                .andExpect(jsonPath("$[?(@.taskId == '" + plan + "')].kind").value(hasItem("COPIED")));
        // the task itself stays where it was
        assertThat(task(plan).getAssignee()).isEqualTo(OFFICER);
        assertThat(trail(caseId)).anyMatch(entry -> entry.action().equals("TASK_COPIED")
                && entry.detail().contains(COLLEAGUE + ", " + TAX));
    }

    @Test
    void withdrawAndReturnMoveTheCaseBackToAnEarlierStep() throws Exception {
        String caseId = startRectification();
        String plan = onlyTask(caseId).getId();
        complete(plan, OFFICER, planForm()).andExpect(status().isNoContent());
        String evidence = onlyTask(caseId).getId();

        // only whoever completed the plan may withdraw it
        operate(evidence, "withdraw", COLLEAGUE, Map.of()).andExpect(status().isForbidden());
        operate(evidence, "withdraw", OFFICER, Map.of("reason", "方案有误")).andExpect(status().isNoContent());
        Task again = onlyTask(caseId);
        assertThat(again.getTaskDefinitionKey()).isEqualTo("plan");
        assertThat(again.getAssignee()).isEqualTo(OFFICER);
        assertThat(trail(caseId)).extracting(AuditEntry::action).contains("TASK_WITHDRAWN");

        complete(again.getId(), OFFICER, planForm()).andExpect(status().isNoContent());
        complete(onlyTask(caseId).getId(), COLLEAGUE, evidenceForm()).andExpect(status().isNoContent());
        Task verify = onlyTask(caseId);
        assertThat(verify.getTaskDefinitionKey()).isEqualTo("verify");
        claim(verify.getId(), OFFICER);

        mvc.perform(get(BASE + "/tasks/" + verify.getId() + "/return-targets").with(user(OFFICER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].stepKey").value(org.hamcrest.Matchers.containsInAnyOrder("plan", "evidence")))
                .andExpect(jsonPath("$[?(@.stepKey == 'evidence')].assignee").value(hasItem(COLLEAGUE)));
        operate(verify.getId(), "return", OFFICER, Map.of("stepKey", "evidence"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
        // never forward, never to a step this case has not completed
        operate(verify.getId(), "return", OFFICER, Map.of("stepKey", "close", "reason", "跳过"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-earlier-step"));
        operate(verify.getId(), "return", OFFICER, Map.of("stepKey", "evidence", "reason", "佐证材料不全"))
                .andExpect(status().isNoContent());
        Task returned = onlyTask(caseId);
        assertThat(returned.getTaskDefinitionKey()).isEqualTo("evidence");
        assertThat(returned.getAssignee()).isEqualTo(COLLEAGUE);
        assertThat(trail(caseId)).anyMatch(entry -> entry.action().equals("TASK_RETURNED")
                && entry.detail().contains("佐证材料不全"));
    }

    @Test
    void noOperationUndoesALockedStepThatHasTakenEffect() throws Exception {
        // credit commitment: the subject signs, then the commitment is published (a locked step) before verification
        String caseId = startCommitment();
        String sign = onlyTask(caseId).getId();
        complete(sign, OFFICER, Map.of("signatory", "张三", "signedOn", "2025-09-01"))
                .andExpect(status().isNoContent());
        Task verify = onlyTask(caseId);
        assertThat(verify.getTaskDefinitionKey()).isEqualTo("verify");

        operate(verify.getId(), "withdraw", OFFICER, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("locked-step"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("publish")));
        claim(verify.getId(), COLLEAGUE);
        mvc.perform(get(BASE + "/tasks/" + verify.getId() + "/return-targets").with(user(COLLEAGUE)))
                .andExpect(jsonPath("$[0].stepKey").value("sign"))
                .andExpect(jsonPath("$[0].allowed").value(false));
        operate(verify.getId(), "return", COLLEAGUE, Map.of("stepKey", "sign", "reason", "重签"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("locked-step"));
        assertThat(onlyTask(caseId).getId()).isEqualTo(verify.getId());
        assertThat(trail(caseId)).extracting(AuditEntry::action).doesNotContain("TASK_RETURNED", "TASK_WITHDRAWN");
    }

    @Test
    void aRepairCaseIsNotReturnedPastItsRegisteredAcceptance() throws Exception {
        // credit repair: 一口受理 (accept) is followed by 登记受理决定 (acceptance, locked) before the department review
        String caseId = startRepair();
        Task accept = onlyTask(caseId);
        complete(accept.getId(), OFFICER, Map.of("decision", "accept")).andExpect(status().isNoContent());
        Task review = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey("departmentReview")
                .singleResult();
        claim(review.getId(), TAX);

        mvc.perform(get(BASE + "/tasks/" + review.getId() + "/return-targets").with(user(TAX)))
                .andExpect(jsonPath("$[0].stepKey").value("accept"))
                .andExpect(jsonPath("$[0].allowed").value(false))
                .andExpect(jsonPath("$[0].refusal").value(containsString("acceptance")));
        operate(review.getId(), "return", TAX, Map.of("stepKey", "accept", "reason", "重新受理"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("locked-step"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("东府办〔2024〕6号")));
        operate(review.getId(), "withdraw", OFFICER, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("locked-step"));
        assertThat(task(review.getId()).getAssignee()).isEqualTo(TAX);
    }

    private String startRepair() {
        var subject = TenantContext.callAs(HUMEN, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), "东莞市诚信服装有限公司", List.of()), "officer-1"));
        var tax = TenantContext.callAs(HUMEN, () -> archive.addRecord(subject.id(), new RecordDetails(
                RecordKind.PENALTY, Severity.GENERAL, "国家税务总局东莞市税务局", LocalDate.of(2025, 5, 20),
                "《税收征收管理法》第六十二条", "逾期申报罚款", null), "officer-1"));
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", subject.code());
        data.put("recordIds", String.valueOf(tax.id()));
        data.put("obligationsFulfilled", true);
        data.put("repairCommitmentSigned", true);
        data.put("commitmentReference", "XF-2025-0926");
        data.put("statement", "已纠正失信行为，履行全部法定义务。");
        return TenantContext.callAs(HUMEN, () -> cases.start("credit-repair", OFFICER, data));
    }

    private ResultActions operate(String taskId, String operation, String actor, Map<String, ?> body) throws Exception {
        return mvc.perform(post(BASE + "/tasks/" + taskId + "/" + operation).with(user(actor))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions complete(String taskId, String actor, Map<String, ?> data) throws Exception {
        return operate(taskId, "complete", actor, Map.of("data", data));
    }

    private void claim(String taskId, String actor) throws Exception {
        mvc.perform(post(BASE + "/tasks/" + taskId + "/claim").with(user(actor))).andExpect(status().isNoContent());
    }

    private static RequestPostProcessor user(String username) {
        return switch (username) {
            case ADMIN -> TestUsers.user(username, "humen", Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), null, null);
            case TAX -> TestUsers.user(username, "humen", Set.of(Roles.DEPARTMENT_REVIEWER), "tax", null);
            default -> TestUsers.user(username, "humen", Set.of(Roles.OFFICER), null, null);
        };
    }

    private void ensure(String username, String tenant, Set<String> roles, Map<String, String> attributes) {
        realmUsers.ensure(new RealmUser(username, "demo1234", "测试", username, username + "@ops.example.invalid",
                Optional.of(tenant), roles, attributes));
    }

    private String startRectification() {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", CODES.next("441900", '1', '1').value());
        data.put("subjectName", "东莞市某镇公共事务服务中心");
        data.put("subjectKind", "government_body");
        data.put("dishonestyKind", "arrears");
        data.put("facts", "拖欠某中小企业工程款120万元逾期未付");
        data.put("legalBasis", "《保障中小企业款项支付条例》第八条");
        data.put("department", "镇信用办");
        data.put("responsibleUnit", "镇财政分局");
        return TenantContext.callAs(HUMEN, () -> cases.start("government-rectification", OFFICER, data));
    }

    private String startCommitment() {
        Map<String, Object> data = Map.of("subjectCode", CODES.next("441900", '9', '1').value(),
                "subjectName", "东莞市某某贸易有限公司", "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。");
        return TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", OFFICER, data));
    }

    private Task onlyTask(String caseId) {
        List<Task> open = taskService.createTaskQuery().processInstanceId(caseId).active().list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private Task task(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult();
    }

    private List<AuditEntry> trail(String caseId) {
        return TenantContext.callAs(HUMEN, () -> audit.trailOf("case", caseId));
    }

    private static Map<String, Object> planForm() {
        return Map.of("plan", "30日内清偿全部欠款并建立账款支付台账", "planContact", "王科长");
    }

    private Map<String, Object> evidenceForm() {
        return Map.of("evidence", "付款凭证及企业确认函", "completedOn", LocalDate.now(clock).toString());
    }
}
