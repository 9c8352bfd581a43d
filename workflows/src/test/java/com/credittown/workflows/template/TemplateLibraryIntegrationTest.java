package com.credittown.workflows.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A tenant's administrator adapts a city template within its limits: a new process-definition version for
 * that tenant only, new cases take the new values, running cases keep theirs, and a value beyond the legal
 * limit is refused with the reason and publishes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateLibraryIntegrationTest {

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
    AuditLog audit;
    @Autowired
    TemplateLibrary library;

    /** Tenants of this test's own: a published adaptation must not change other tests' cases. */
    private TenantId HUMEN;
    private TenantId CHANGAN;

    @BeforeEach
    void setUp() {
        HUMEN = fixtures.provisionFreshTenant("tpla");
        CHANGAN = fixtures.provisionFreshTenant("tplb");
    }

    @Test
    void anAdaptationIsANewVersionForThatTenantOnlyAndRunningCasesKeepTheirValues() throws Exception {
        int humenBefore = definitionVersion(HUMEN);
        int changanBefore = definitionVersion(CHANGAN);
        int currentDays = (Integer) TenantContext.callAs(HUMEN,
                () -> library.caseVariables("credit-commitment")).get("verificationWorkingDays");
        String running = startCommitment(HUMEN);
        int wanted = currentDays == 30 ? 25 : 30;

        mvc.perform(put("/api/tenants/" + HUMEN + "/templates/credit-commitment/parameters").with(administrator(HUMEN.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parameters\": {\"verificationWorkingDays\": " + wanted + "},"
                                + " \"reason\": \"镇里核查力量有限，延长核查期限\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.verificationWorkingDays").value(wanted));

        assertThat(definitionVersion(HUMEN)).isEqualTo(humenBefore + 1);
        assertThat(definitionVersion(CHANGAN)).isEqualTo(changanBefore);
        String adapted = startCommitment(HUMEN);
        String changanCase = startCommitment(CHANGAN);
        assertThat(variable(adapted, "verificationWorkingDays")).isEqualTo(wanted);
        assertThat(variable(running, "verificationWorkingDays")).isEqualTo(currentDays);
        assertThat(variable(changanCase, "verificationWorkingDays")).isEqualTo(20);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running).singleResult()
                .getProcessDefinitionVersion()).isEqualTo(humenBefore);

        mvc.perform(get("/api/tenants/" + HUMEN + "/templates/credit-commitment/versions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].values.verificationWorkingDays").value(wanted))
                .andExpect(jsonPath("$[0].publishedBy").value(HUMEN + ".admin"))
                .andExpect(jsonPath("$[0].reason").value("镇里核查力量有限，延长核查期限"));
        assertThat(TenantContext.callAs(HUMEN, () -> audit.trailOf("template", "credit-commitment")))
                .extracting(AuditEntry::action).contains("TEMPLATE_PUBLISHED");
        assertThat(TenantContext.callAs(CHANGAN, () -> audit.trailOf("template", "credit-commitment")))
                .isEmpty();
    }

    @Test
    void aValueBeyondTheLegalLimitIsRefusedWithTheReasonAndNothingIsPublished() throws Exception {
        int before = definitionVersion(HUMEN, "credit-repair");

        mvc.perform(put("/api/tenants/" + HUMEN + "/templates/credit-repair/parameters").with(administrator(HUMEN.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parameters\": {\"resultWorkingDays\": 12, \"noSuchThing\": 1},"
                                + " \"reason\": \"试图延长\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='resultWorkingDays')].message").value(hasItem(
                        containsString("12 working days is longer than the city's limit of 10 working days (市信用办设置："))))
                .andExpect(jsonPath("$.errors[?(@.field=='resultWorkingDays')].code").value(hasItem("legal-limit")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("noSuchThing")));

        assertThat(definitionVersion(HUMEN, "credit-repair")).isEqualTo(before);
        mvc.perform(get("/api/tenants/" + HUMEN + "/templates/credit-repair"))
                .andExpect(jsonPath("$.values.resultWorkingDays").value(10));
    }

    @Test
    void onlyTheTenantsAdministratorPublishesAndNoOneForAnotherTenant() throws Exception {
        String body = "{\"parameters\": {\"verificationWorkingDays\": 21}, \"reason\": \"x\"}";
        mvc.perform(put("/api/tenants/" + HUMEN + "/templates/credit-commitment/parameters")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/tenants/" + HUMEN + "/templates/credit-commitment/parameters").with(administrator(CHANGAN.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/tenants/" + HUMEN + "/templates/credit-commitment/parameters").with(administrator(HUMEN.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parameters\": {\"verificationWorkingDays\": 21}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("reason")));
    }

    private static RequestPostProcessor administrator(String tenant) {
        return TestUsers.user(tenant + ".admin", tenant, Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), null, null);
    }

    private String startCommitment(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> cases.start("credit-commitment", "officer-a", Map.of(
                "subjectCode", CODES.next("441900").value(), "subjectName", "东莞市模板测试商行",
                "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。")));
    }

    private Object variable(String caseId, String name) {
        return runtime.getVariable(caseId, name);
    }

    private int definitionVersion(TenantId tenant) {
        return definitionVersion(tenant, "credit-commitment");
    }

    private int definitionVersion(TenantId tenant, String key) {
        return TenantContext.callAs(tenant, () -> processes.latest(key).orElseThrow().version());
    }
}
