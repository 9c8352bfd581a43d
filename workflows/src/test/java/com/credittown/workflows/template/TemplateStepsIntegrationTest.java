package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A tenant inserts its own approval step into a city template and removes an optional one: the step is a real task of
 * cases started after publication, for the chosen group; a case started before stays on its version; another
 * tenant's template is untouched; a restart deploys nothing new; and changes that break a lock are refused as
 * problem+json at the step concerned, publishing nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateStepsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    CaseService cases;
    @Autowired
    TenantProcesses processes;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    TemplateLibrary library;
    @Autowired
    TemplateDeployment deployment;
    @Autowired
    TenantDirectory directory;

    private TenantId town;
    private TenantId other;

    @BeforeEach
    void setUp() {
        town = fixtures.provisionFreshTenant("tsta");
        other = fixtures.provisionFreshTenant("tstb");
    }

    @Test
    void anInsertedStepIsARealTaskForTheChosenGroupInCasesStartedAfterPublication() throws Exception {
        String before = startCommitment(town);
        int otherVersion = definitionVersion(other, "credit-commitment");

        mvc.perform(put("/api/tenants/" + town + "/templates/credit-commitment").with(administrator(town))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parameters": {},
                                 "steps": {"inserted": [{"id": "legalReview", "name": "法制审核", "position": "toPublish",
                                                         "candidateKind": "DEPARTMENT", "candidate": "legal",
                                                         "deadlineWorkingDays": 2}]},
                                 "reason": "公示前增加法制审核"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.steps.inserted[0].id").value("legalReview"));

        String after = startCommitment(town);
        sign(town, after);
        Task inserted = openTask(after);
        assertThat(inserted.getTaskDefinitionKey()).isEqualTo("legalReview");
        assertThat(inserted.getName()).isEqualTo("法制审核");
        assertThat(tasks.getIdentityLinksForTask(inserted.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo("department:legal"));
        assertThat(inserted.getDueDate()).isNotNull();
        TenantContext.runAs(town, () -> cases.complete(inserted.getId(), "tsta.legal",
                Map.of("extraStepOpinion", "合法合规，同意公示")));
        assertThat(openTask(after).getTaskDefinitionKey()).isEqualTo("verify");

        // the case started before publication stays on its version: from signing straight to publication
        sign(town, before);
        assertThat(openTask(before).getTaskDefinitionKey()).isEqualTo("verify");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(before).singleResult()
                .getProcessDefinitionVersion()).isLessThan(runtime.createProcessInstanceQuery()
                .processInstanceId(after).singleResult().getProcessDefinitionVersion());

        // another tenant runs the city's steps
        assertThat(definitionVersion(other, "credit-commitment")).isEqualTo(otherVersion);
        String elsewhere = startCommitment(other);
        sign(other, elsewhere);
        assertThat(openTask(elsewhere).getTaskDefinitionKey()).isEqualTo("verify");
        mvc.perform(get("/api/tenants/" + other + "/templates/credit-commitment").with(administrator(other)))
                .andExpect(jsonPath("$.steps.inserted").isEmpty());

        // provisioning again (a restart) deploys nothing new and keeps the tenant's step
        int published = definitionVersion(town, "credit-commitment");
        TenantContext.runAs(town, () -> deployment.provision(directory.find(town.code()).orElseThrow()));
        assertThat(definitionVersion(town, "credit-commitment")).isEqualTo(published);
        assertThat(TenantContext.callAs(town, () -> repository.getBpmnModel(
                processes.latest("credit-commitment").orElseThrow().definitionId()).getFlowElement("legalReview")))
                .isInstanceOf(UserTask.class);
    }

    @Autowired
    com.credittown.workflows.publishing.PublishedVersionFixtures versions;
    @Autowired
    com.credittown.platform.audit.AuditLog audit;

    @Test
    void stepChangesTheCitysTemplateNoLongerAdmitsKeepTheTenantsVersionAtStartUpInsteadOfFailingIt() {
        int before = definitionVersion(town, "credit-commitment");
        // as if the city had since closed the position the tenant's published step stands at
        TenantContext.runAs(town, () -> versions.cityTemplate("credit-commitment", 1, "none", before, "{}",
                """
                {"inserted": [{"id": "legalReview", "name": "法制审核", "position": "closedByTheCity",
                               "candidateKind": "DEPARTMENT", "candidate": "legal", "deadlineWorkingDays": 2}],
                 "removed": []}""", java.time.Instant.now(), "tsta.admin", "公示前增加法制审核"));

        // a restart provisions the tenant: nothing thrown, nothing deployed, the misfit audited for the tenant
        TenantContext.runAs(town, () -> deployment.provision(directory.find(town.code()).orElseThrow()));
        assertThat(definitionVersion(town, "credit-commitment")).isEqualTo(before);
        assertThat(TenantContext.callAs(town, () -> audit.trailOf("template", "credit-commitment")))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("TEMPLATE_STEPS_NO_LONGER_FIT"));
        // the other templates and the tenant's cases keep working
        String started = startCommitment(town);
        assertThat(started).isNotBlank();
    }

    @Test
    void removingALockedStepInsertingAtAForbiddenPositionOrBeyondTheLegalTotalIsRefusedAtTheStep() throws Exception {
        int before = definitionVersion(town, "credit-repair");

        mvc.perform(put("/api/tenants/" + town + "/templates/credit-repair").with(administrator(town))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parameters": {},
                                 "steps": {"removed": ["accept"],
                                           "inserted": [
                                             {"id": "preCheck", "name": "受理前预审", "position": "toAccept",
                                              "candidateKind": "ROLE", "candidate": "officer", "deadlineWorkingDays": 1},
                                             {"id": "jointReview", "name": "会审", "position": "toConclude",
                                              "candidateKind": "ROLE", "candidate": "officer", "deadlineWorkingDays": 2}]},
                                 "reason": "试图增加环节"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field=='step:accept')].code").value(hasItem("locked-step")))
                .andExpect(jsonPath("$.errors[?(@.field=='step:accept')].message").value(hasItem(
                        containsString("3个工作日内"))))
                .andExpect(jsonPath("$.errors[?(@.field=='step:preCheck')].code").value(hasItem("forbidden-position")))
                .andExpect(jsonPath("$.errors[?(@.field=='step:jointReview')].message").value(hasItem(
                        containsString("resultWorkingDays 10 + 会审 2 = 12 working days is longer than the city's "
                                + "limit of 10 working days (市信用办设置："))));

        assertThat(definitionVersion(town, "credit-repair")).isEqualTo(before);
        assertThat(TenantContext.callAs(town, () -> library.template("credit-repair")).version()).isZero();
    }

    @Test
    void removingAStepTheCityDidNotMakeOptionalIsRefusedAsTheDesignerSaysEvenFromAnEditedRequest() throws Exception {
        int before = definitionVersion(town, "credit-repair");

        // the page disables 移除环节 for this step; a request edited by hand must meet the same rule
        mvc.perform(put("/api/tenants/" + town + "/templates/credit-repair").with(administrator(town))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parameters": {},
                                 "steps": {"removed": ["flagAcceptanceOverdue"], "inserted": []},
                                 "reason": "试图移除受理逾期提醒"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field=='step:flagAcceptanceOverdue')].code")
                        .value(hasItem("not-optional")));

        assertThat(definitionVersion(town, "credit-repair")).isEqualTo(before);
        assertThat(TenantContext.callAs(town, () -> library.template("credit-repair")).version()).isZero();
    }

    @Test
    void withinTheLegalTotalAReviewIsInsertedAndTheOptionalExtensionRemoved() throws Exception {
        mvc.perform(put("/api/tenants/" + town + "/templates/credit-repair").with(administrator(town))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parameters": {"resultWorkingDays": 8},
                                 "steps": {"removed": ["requestExtension"],
                                           "inserted": [{"id": "jointReview", "name": "会审", "position": "toConclude",
                                              "candidateKind": "ROLE", "candidate": "officer", "deadlineWorkingDays": 2}]},
                                 "reason": "办结前增加会审，不再提供延期"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.resultWorkingDays").value(8))
                .andExpect(jsonPath("$.steps.removed[0]").value("requestExtension"));
        mvc.perform(get("/api/tenants/" + town + "/templates/credit-repair/versions").with(administrator(town)))
                .andExpect(jsonPath("$[0].steps.inserted[0].name").value("会审"))
                .andExpect(jsonPath("$[0].reason").value("办结前增加会审，不再提供延期"));
        var model = TenantContext.callAs(town, () -> repository.getBpmnModel(
                processes.latest("credit-repair").orElseThrow().definitionId()));
        assertThat(model.getFlowElement("jointReview")).isInstanceOf(UserTask.class);
        assertThat(model.getMainProcess().getFlowElement("requestExtension", true)).isNull();

        // a later parameter change keeps the tenant's steps
        TenantContext.runAs(town, () -> library.publish("credit-repair", Map.of("resultWorkingDays", 7), "再缩短",
                "tsta.admin"));
        assertThat(TenantContext.callAs(town, () -> library.stepChanges("credit-repair")).inserted())
                .extracting(ExtraStep::id).containsExactly("jointReview");
    }

    private static RequestPostProcessor administrator(TenantId tenant) {
        return TestUsers.user(tenant.code() + ".admin", tenant.code(), Set.of(Roles.OFFICER, Roles.ADMINISTRATOR),
                null, null);
    }

    private String startCommitment(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> cases.start("credit-commitment", "officer-a", Map.of(
                "subjectCode", CODES.next("441900").value(), "subjectName", "东莞市加签测试商行",
                "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。")));
    }

    private void sign(TenantId tenant, String caseId) {
        Task sign = openTask(caseId);
        assertThat(sign.getTaskDefinitionKey()).isEqualTo("sign");
        TenantContext.runAs(tenant, () -> cases.complete(sign.getId(), "officer-a",
                Map.of("signatory", "张三", "signedOn", "2026-11-20")));
    }

    private Task openTask(String caseId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(caseId).active().list();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private int definitionVersion(TenantId tenant, String key) {
        return TenantContext.callAs(tenant, () -> processes.latest(key).orElseThrow().version());
    }
}
