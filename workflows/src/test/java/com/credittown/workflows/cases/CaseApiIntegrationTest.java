package com.credittown.workflows.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.TestUsers;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case REST API as a client sees it, including an attacker from changan who knows humen's ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseApiIntegrationTest {

    private static final String CODE = "91441900MA4W56787M";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @Test
    void unknownTenantIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/tenants/atlantis/tasks"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown tenant"))
                .andExpect(jsonPath("$.detail").value(containsString("atlantis")));
    }

    @Test
    void aTokenOfAnotherTenantIsAnsweredLikeAnUnknownTenant() throws Exception {
        String caseId = startCase("humen");
        String taskId = taskOfCase("humen", caseId);

        mvc.perform(get("/api/tenants/humen/tasks").with(TestUsers.officerOf("changan")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown tenant"))
                .andExpect(jsonPath("$.detail").value("No tenant with the code 'humen' exists."));
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/complete").with(TestUsers.officerOf("changan"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"signatory\":\"冒名\",\"signedOn\":\"2026-11-25\"}}"))
                .andExpect(status().isNotFound());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    }

    @Test
    void withoutATokenNothingIsAnswered() throws Exception {
        mvc.perform(get("/api/tenants/humen/tasks").with(anonymous()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").doesNotExist());
    }

    @Test
    void theCityOfficeReadsEveryTenantButChangesNothing() throws Exception {
        String caseId = startCase("humen");
        String taskId = taskOfCase("humen", caseId);

        mvc.perform(get("/api/tenants/humen/tasks").param("size", "200").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(taskId)));
        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/complete").with(TestUsers.cityOffice())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"signatory\":\"市信用办\",\"signedOn\":\"2026-11-25\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenants/humen/cases").with(TestUsers.cityOffice())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"processKey\":\"credit-commitment\",\"data\":{}}"))
                .andExpect(status().isForbidden());
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    }

    @Test
    void aReviewerOfADepartmentDoesNotSeeOfficersTasks() throws Exception {
        String caseId = startCase("humen");
        String taskId = taskOfCase("humen", caseId);

        mvc.perform(get("/api/tenants/humen/tasks").param("size", "200").with(TestUsers.reviewerOf("humen", "tax")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(taskId))));
        mvc.perform(get("/api/tenants/humen/tasks/" + taskId).with(TestUsers.reviewerOf("humen", "tax")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMerchantSeesOnlyTheCasesAboutItsOwnSubject() throws Exception {
        String caseId = startCase("humen");

        mvc.perform(get("/api/tenants/humen/cases/" + caseId).with(TestUsers.merchantOf("humen", CODE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.subjectCode").value(CODE));
        String otherCode = "91441900MA4W99998R";
        mvc.perform(get("/api/tenants/humen/cases/" + caseId).with(TestUsers.merchantOf("humen", otherCode)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Case not found"));
        // the task list is the officers' worklist: a merchant is refused it, even with a case of its own open
        mvc.perform(get("/api/tenants/humen/tasks").param("size", "200").with(TestUsers.merchantOf("humen", CODE)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(caseId))));
        mvc.perform(post("/api/tenants/humen/cases").with(TestUsers.merchantOf("humen", CODE))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"processKey\":\"credit-commitment\",\"data\":{}}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachTenantListsItsPublishedProcesses() throws Exception {
        mvc.perform(get("/api/tenants/changan/processes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key").value(hasItem("credit-commitment")));
    }

    @Test
    void startListAndCompleteForOneTenant() throws Exception {
        String caseId = startCase("humen");

        String taskId = taskOfCase("humen", caseId);
        mvc.perform(get("/api/tenants/humen/tasks/" + taskId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.stepKey").value("sign"))
                .andExpect(jsonPath("$.form.fields[*].key").value(hasItem("signatory")));

        mvc.perform(post("/api/tenants/humen/tasks/" + taskId + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"signatory\":\"王五\",\"signedOn\":\"2026-11-25\"}}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/tenants/humen/cases/" + caseId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processKey").value("credit-commitment"))
                .andExpect(jsonPath("$.steps[*].stepKey").value(hasItem("publish")))
                .andExpect(jsonPath("$.steps[*].stepKey").value(hasItem("verify")))
                // the full history: who decided what, when, with which form data
                .andExpect(jsonPath("$.decisions[0].stepKey").value("start"))
                .andExpect(jsonPath("$.decisions[0].actor").value("humen.officer"))
                .andExpect(jsonPath("$.decisions[0].data.subjectName").value("东莞市某某贸易有限公司"))
                .andExpect(jsonPath("$.decisions[1].stepKey").value("sign"))
                .andExpect(jsonPath("$.decisions[1].stepName").value("主体签署承诺"))
                .andExpect(jsonPath("$.decisions[1].actor").value("humen.officer"))
                .andExpect(jsonPath("$.decisions[1].data.signatory").value("王五"))
                .andExpect(jsonPath("$.decisions[1].at").exists());
    }

    @Test
    void anotherTenantCannotSeeOrCompleteAcaseEvenWithItsExactIds() throws Exception {
        String caseId = startCase("humen");
        String taskId = taskOfCase("humen", caseId);

        mvc.perform(get("/api/tenants/changan/tasks").param("size", "200"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem(taskId))));
        mvc.perform(get("/api/tenants/changan/tasks/" + taskId))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Task not found"));
        mvc.perform(get("/api/tenants/changan/cases/" + caseId))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Case not found"));
        mvc.perform(post("/api/tenants/changan/tasks/" + taskId + "/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"signatory\":\"冒名\",\"signedOn\":\"2026-11-25\"}}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Task not found"));
        // an unknown id is answered exactly the same way
        mvc.perform(post("/api/tenants/changan/tasks/no-such-task/complete").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{}}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Task not found"));

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getTenantId()).isEqualTo("humen");
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStarted() throws Exception {
        long before = runtime.createProcessInstanceQuery().processInstanceTenantId("humen").count();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subjectCode", CODE.substring(0, 17) + (CODE.charAt(17) == '0' ? '1' : '0'));
        data.put("commitmentType", "bribery");
        data.put("commitmentText", "<script>alert(1)</script>");
        data.put("unexpected", "x");

        mvc.perform(post("/api/tenants/humen/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "credit-commitment", "data", data))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("subjectCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("subjectName")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("commitmentType")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("commitmentText")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("unexpected")))
                .andExpect(jsonPath("$.errors[?(@.field=='subjectCode')].message")
                        .value(hasItem(containsString("call for '" + CODE.charAt(17) + "'"))))
                .andExpect(jsonPath("$.errors[?(@.field=='commitmentText')].message")
                        .value(hasItem("must not contain HTML or script")));

        assertThat(runtime.createProcessInstanceQuery().processInstanceTenantId("humen").count()).isEqualTo(before);
    }

    @Test
    void malformedAndIncompleteBodiesAre400WithoutInternals() throws Exception {
        mvc.perform(post("/api/tenants/humen/cases").contentType(MediaType.APPLICATION_JSON).content("{\"processKey\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed JSON"))
                .andExpect(jsonPath("$.detail").value(containsString("at line 1, column")))
                .andExpect(jsonPath("$.trace").doesNotExist());
        mvc.perform(post("/api/tenants/humen/cases").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("processKey")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("data")));
        mvc.perform(post("/api/tenants/humen/cases").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"processKey\":\"no-such-process\",\"data\":{}}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown process"));
        mvc.perform(get("/api/tenants/humen/tasks").param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
        mvc.perform(get("/api/tenants/humen/tasks").param("page", "last"))
                .andExpect(status().isBadRequest());
    }

    private String startCase(String tenant) throws Exception {
        Map<String, Object> data = Map.of("subjectCode", CODE, "subjectName", "东莞市某某贸易有限公司",
                "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。");
        String body = mvc.perform(post("/api/tenants/" + tenant + "/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "credit-commitment", "data", data))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("caseId").asText();
    }

    private String taskOfCase(String tenant, String caseId) throws Exception {
        String body = mvc.perform(get("/api/tenants/" + tenant + "/tasks").param("size", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode task : json.readTree(body)) {
            if (task.get("caseId").asText().equals(caseId)) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError("No task of case " + caseId + " in " + tenant + "'s list");
    }
}
