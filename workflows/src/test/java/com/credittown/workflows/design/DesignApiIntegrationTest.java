package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.notification.Notification;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.Operator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A designed process end to end on PostgreSQL: saved only when valid, published by the administrator for that tenant
 * only, started and run to the end through the cases/tasks API with its own forms and deadlines on working days;
 * running cases stay on their version; another tenant cannot read or publish it, even knowing its key.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DesignApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    PlatformClock clock;
    @Autowired
    NotificationService notifications;

    private TenantId tenant;
    private TenantId other;

    @BeforeEach
    void setUp() {
        tenant = fixtures.provisionFreshTenant("dsga");
        other = fixtures.provisionFreshTenant("dsgb");
        // Friday before the 2025 National Day holidays (1 to 8 October; Sunday 28 September is worked)
        clock.moveTo(Instant.parse("2025-09-26T02:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPublishedDesignRunsACaseToTheEndWithItsFormsAndWorkingDayDeadlines() throws Exception {
        create("subsidy", design(2));
        publish("subsidy", "首次发布");

        mvc.perform(get(base() + "/processes"))
                .andExpect(jsonPath("$[?(@.key=='subsidy')].version").value(hasItem(1)));
        String caseId = start("subsidy", Map.of("matter", "门店装修补贴", "amount", 20000));

        Task review = onlyTask(caseId);
        assertThat(review.getTaskDefinitionKey()).isEqualTo("review");
        // 2 working days from Friday 26 September 2025: Sunday 28 (worked) and Monday 29; due when the 29th ends
        assertThat(review.getDueDate().toInstant())
                .isEqualTo(ZonedDateTime.parse("2025-09-30T00:00:00+08:00[Asia/Shanghai]").toInstant());
        mvc.perform(get(base() + "/tasks/" + review.getId()))
                .andExpect(jsonPath("$.form.fields[*].key").value(hasItem("opinion")))
                .andExpect(jsonPath("$.form.fields.length()").value(1));
        mvc.perform(post(base() + "/tasks/" + review.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opinion"));
        complete(review, TestUsers.officerOf(tenant.code()), "同意");

        // above 10000: tax and market supervision review in parallel
        List<Task> parallel = tasks(caseId);
        assertThat(parallel).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrder("tax", "market");
        for (Task task : parallel) {
            String department = task.getTaskDefinitionKey().equals("tax") ? "tax" : "market-supervision";
            complete(task, TestUsers.reviewerOf(tenant.code(), department), "无异议");
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getEndTime()).isNotNull();
    }

    @Test
    void aStepSeesEarlierAnswersReadOnlyAndRefusesASubmissionThatSetsThemOrAFieldItMayNotSee() throws Exception {
        // the review fills an opinion and an internal note; the approval sees the amount and the opinion, not the note
        DesignModel model = new DesignModel("补贴审批", List.of(SampleDesigns.text("matter"),
                SampleDesigns.number("amount"), SampleDesigns.text("opinion"), SampleDesigns.text("internal"),
                SampleDesigns.text("decision")), List.of("matter", "amount"), List.of(
                new DesignStep("review", StepKind.APPROVAL, "受理审核", SampleDesigns.role("officer"), 2,
                        List.of("matter", "amount"), List.of("opinion", "internal"), List.of()),
                new DesignStep("approve", StepKind.APPROVAL, "批准", SampleDesigns.role("officer"), 2,
                        List.of("amount", "opinion"), List.of("decision"), List.of())));
        create("seen", model);
        publish("seen", "首次发布");
        String caseId = start("seen", Map.of("matter", "门店装修补贴", "amount", 20000));
        Task review = onlyTask(caseId);
        mvc.perform(post(base() + "/tasks/" + review.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"opinion\": \"同意\", \"internal\": \"内部备注\"}}"))
                .andExpect(status().isNoContent());

        Task approve = onlyTask(caseId);
        mvc.perform(get(base() + "/tasks/" + approve.getId()))
                .andExpect(jsonPath("$.form.fields[*].key").value(org.hamcrest.Matchers.contains("decision")))
                .andExpect(jsonPath("$.form.readOnlyFields[*].key")
                        .value(org.hamcrest.Matchers.contains("amount", "opinion")));

        // the attacker adds a field the step may only see: refused, naming it
        mvc.perform(post(base() + "/tasks/" + approve.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"decision\": \"批准\", \"amount\": 1}}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("amount"))
                .andExpect(jsonPath("$.errors[0].code").value("read-only"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("may be seen but not changed")));
        // ... or one it may not see: answered exactly like a field that does not exist
        mvc.perform(post(base() + "/tasks/" + approve.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"decision\": \"批准\", \"internal\": \"改掉\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("internal"))
                .andExpect(jsonPath("$.errors[0].code").value("unknown-field"));
        // nothing changed and the step is still open
        assertThat(runtime.getVariables(caseId)).containsEntry("internal", "内部备注")
                .hasEntrySatisfying("amount", amount -> assertThat(amount.toString()).isEqualTo("20000"));
        assertThat(onlyTask(caseId).getId()).isEqualTo(approve.getId());

        mvc.perform(post(base() + "/tasks/" + approve.getId() + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"decision\": \"批准\"}}"))
                .andExpect(status().isNoContent());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
    }

    @Test
    void theDefaultBranchCopiesToTheOfficersAndEnds() throws Exception {
        create("small-subsidy", design(2));
        publish("small-subsidy", "首次发布");
        String caseId = start("small-subsidy", Map.of("matter", "小额补贴", "amount", 500));
        complete(onlyTask(caseId), TestUsers.officerOf(tenant.code()), "同意");

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(caseId).count()).isZero();
        List<Notification> copies = TenantContext.callAs(tenant, () -> notifications.ofCase(caseId));
        assertThat(copies).extracting(Notification::getRecipient, n -> n.getKind().name())
                .contains(org.assertj.core.groups.Tuple.tuple("officer", "COPIED"));
    }

    @Test
    void runningCasesStayOnTheirVersionAndVersionsCompareStepByStep() throws Exception {
        create("grant", design(2));
        publish("grant", "首次发布");
        String onFirst = start("grant", Map.of("matter", "甲", "amount", 1));

        mvc.perform(put(base() + "/designs/grant").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(design(5))))
                .andExpect(status().isOk());
        publish("grant", "延长受理期限");
        String onSecond = start("grant", Map.of("matter", "乙", "amount", 1));

        assertThat(definitionVersion(onFirst)).isEqualTo(1);
        assertThat(definitionVersion(onSecond)).isEqualTo(2);
        assertThat(onlyTask(onFirst).getFormKey()).isEqualTo("design:grant@1:review");
        assertThat(onlyTask(onSecond).getFormKey()).isEqualTo("design:grant@2:review");
        complete(onlyTask(onFirst), TestUsers.officerOf(tenant.code()), "旧版本照常办结");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(onFirst).count()).isZero();

        mvc.perform(get(base() + "/designs/grant/versions"))
                .andExpect(jsonPath("$[0].version").value(2))
                .andExpect(jsonPath("$[0].reason").value("延长受理期限"))
                .andExpect(jsonPath("$[0].publishedBy").value(tenant.code() + ".admin"))
                .andExpect(jsonPath("$[1].version").value(1));
        mvc.perform(get(base() + "/designs/grant/compare").param("from", "1").param("to", "2"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].target").value("step:review"))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].description").value(containsString("5 working days")));
    }

    @Test
    void anInvalidDesignIsNeitherSavedNorPublished() throws Exception {
        create("checked", design(2));
        mvc.perform(put(base() + "/designs/checked").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(design(30))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step:review"))
                .andExpect(jsonPath("$.errors[0].code").value("deadline-above-limit"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("longer than the city's limit of 20 working days (市信用办设置：")));
        mvc.perform(get(base() + "/designs/checked"))
                .andExpect(jsonPath("$.model.steps[0].deadlineWorkingDays").value(2));

        mvc.perform(post(base() + "/designs/checked/publish").with(admin(tenant)).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
        mvc.perform(put(base() + "/designs/checked/bpmn").contentType(MediaType.APPLICATION_XML)
                        .content("<definitions><process id=\"checked\"><scriptTask id=\"x\"/></process></definitions>"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base() + "/processes"))
                .andExpect(jsonPath("$[*].key").value(org.hamcrest.Matchers.not(hasItem("checked"))));
    }

    @Test
    void onlyTheAdministratorPublishesAndAnotherTenantFindsNothingByGuessingTheKey() throws Exception {
        create("secret", design(2));
        mvc.perform(post(base() + "/designs/secret/publish").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"officer tries\"}"))
                .andExpect(status().isForbidden());

        String otherBase = "/api/tenants/" + other.code();
        mvc.perform(get(otherBase + "/designs/secret")).andExpect(status().isNotFound());
        mvc.perform(post(otherBase + "/designs/secret/publish").with(admin(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"steal\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/designs/secret").with(TestUsers.officerOf(other.code())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base() + "/designs/secret/publish").with(admin(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"steal\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/designs/secret").with(TestUsers.cityOffice())).andExpect(status().isOk());
        mvc.perform(put(base() + "/designs/secret").with(TestUsers.cityOffice()).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(design(3))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCityTemplateOpensWithItsLockedStepsAndLegalBasis() throws Exception {
        mvc.perform(get(base() + "/designs/templates/credit-repair"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[?(@.id=='accept')].locked").value(hasItem(true)))
                .andExpect(jsonPath("$.steps[?(@.id=='accept')].basis").value(hasItem(containsString("3个工作日"))))
                .andExpect(jsonPath("$.steps[?(@.id=='requestExtension')].locked").value(hasItem(false)))
                .andExpect(jsonPath("$.template.parameters[?(@.key=='resultWorkingDays')].locked").value(hasItem(true)));
    }

    @Test
    void aChainSaveOnADesignEditedInTheModelerIsRefusedAndNothingChangesUntilTheEditsAreDiscarded() throws Exception {
        create("edited", design(2));
        String generated = mvc.perform(get(base() + "/designs/edited/bpmn")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String flow = "<sequenceFlow id=\"flow_2\" sourceRef=\"review\" targetRef=\"byAmount_split\"/>";
        assertThat(generated).contains(flow);
        String edited = generated.replace(flow, """
                <userTask id="legalCheck" name="法制审核" flowable:candidateGroups="department:legal" \
                flowable:formKey="design:edited@1:review" flowable:dueDate="P4D" \
                flowable:businessCalendarName="workingDays"/>
                <sequenceFlow id="flow_legal_in" sourceRef="review" targetRef="legalCheck"/>
                <sequenceFlow id="flow_legal_out" sourceRef="legalCheck" targetRef="byAmount_split"/>""");
        mvc.perform(put(base() + "/designs/edited/bpmn").contentType(MediaType.APPLICATION_XML).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("BPMN"));
        int revision = json.readTree(mvc.perform(get(base() + "/designs/edited")).andReturn().getResponse()
                .getContentAsString()).get("revision").asInt();

        // a tab still showing the chain saves it: refused, precisely, and the diagram and chain stay as they were
        mvc.perform(put(base() + "/designs/edited").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(design(5))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("edited in the BPMN modeler")))
                .andExpect(jsonPath("$.detail").value(containsString("discard-bpmn")));
        mvc.perform(get(base() + "/designs/edited"))
                .andExpect(jsonPath("$.mode").value("BPMN"))
                .andExpect(jsonPath("$.revision").value(revision))
                .andExpect(jsonPath("$.model.steps[0].deadlineWorkingDays").value(2))
                .andExpect(jsonPath("$.bpmn").value(containsString("legalCheck")));

        // the simulation walks the diagram: the inserted step, 4 working days after the review (Monday 29 September)
        mvc.perform(post(base() + "/designs/edited/simulate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"amount\": \"20000\"}, \"startDate\": \"2025-09-26\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[*].stepId").value(org.hamcrest.Matchers.contains(
                        "review", "legalCheck", "tax", "market")))
                .andExpect(jsonPath("$.steps[1].dueOn").value("2025-10-11"))
                .andExpect(jsonPath("$.steps[1].assignee").value("group department:legal"));

        // published as authored in the modeler; against the chain after a discard, the inserted step is the difference
        publish("edited", "加入法制审核");
        mvc.perform(post("/api/tenants/" + other.code() + "/designs/edited/discard-bpmn").with(TestUsers.officerOf(
                        other.code())))
                .andExpect(status().isNotFound());
        mvc.perform(post(base() + "/designs/edited/discard-bpmn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("CHAIN"))
                .andExpect(jsonPath("$.bpmn").value(org.hamcrest.Matchers.not(containsString("legalCheck"))));
        mvc.perform(get(base() + "/designs/edited/compare").param("from", "1").param("to", "0"))
                .andExpect(jsonPath("$[?(@.target=='step:legalCheck')].kind").value(hasItem("REMOVED")));
        mvc.perform(put(base() + "/designs/edited").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(design(5))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model.steps[0].deadlineWorkingDays").value(5));
    }

    /** Review by the officers; above 10000 tax and market supervision in parallel, else a copy to the officers. */
    private static DesignModel design(int reviewDays) {
        DesignStep joint = DesignStep.parallel("joint", "联合审查", List.of(
                new Branch("税务", null, List.of(DesignStep.approval("tax", "税务审查",
                        new Assignee(AssigneeKind.DEPARTMENT, "tax"), 5, List.of("opinion")))),
                new Branch("市场监管", null, List.of(DesignStep.approval("market", "市场监管审查",
                        new Assignee(AssigneeKind.DEPARTMENT, "market-supervision"), 3, List.of("opinion"))))));
        return new DesignModel("补贴申请", List.of(SampleDesigns.text("matter"), SampleDesigns.number("amount"),
                SampleDesigns.text("opinion")), List.of("matter", "amount"), List.of(
                DesignStep.approval("review", "受理审核", SampleDesigns.role("officer"), reviewDays, List.of("opinion")),
                DesignStep.condition("byAmount", "按金额", List.of(
                        new Branch("大额", new Condition("amount", Operator.GREATER_THAN, "10000"), List.of(joint)),
                        new Branch("其他", null, List.of(DesignStep.copyTo("copy", "抄送经办人",
                                SampleDesigns.role("officer"))))))));
    }

    private String base() {
        return "/api/tenants/" + tenant.code();
    }

    private static RequestPostProcessor admin(TenantId tenant) {
        return TestUsers.user(tenant.code() + ".admin", tenant.code(), Set.of(Roles.OFFICER, Roles.ADMINISTRATOR),
                null, null);
    }

    private void create(String key, DesignModel model) throws Exception {
        mvc.perform(post(base() + "/designs").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", key, "model", model))))
                .andExpect(status().isCreated());
    }

    private void publish(String key, String reason) throws Exception {
        mvc.perform(post(base() + "/designs/" + key + "/publish").with(admin(tenant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isCreated());
    }

    private String start(String key, Map<String, Object> data) throws Exception {
        String body = mvc.perform(post(base() + "/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", key, "data", data))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("caseId").asText();
    }

    private void complete(Task task, RequestPostProcessor user, String opinion) throws Exception {
        mvc.perform(post(base() + "/tasks/" + task.getId() + "/complete").with(user)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\": {\"opinion\": \"" + opinion + "\"}}"))
                .andExpect(status().isNoContent());
    }

    private Task onlyTask(String caseId) {
        return taskService.createTaskQuery().processInstanceId(caseId).singleResult();
    }

    private List<Task> tasks(String caseId) {
        return taskService.createTaskQuery().processInstanceId(caseId).list();
    }

    private int definitionVersion(String caseId) {
        return runtime.createProcessInstanceQuery().processInstanceId(caseId).singleResult()
                .getProcessDefinitionVersion();
    }
}
