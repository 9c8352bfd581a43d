package com.credittown.workflows.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city office sends notices to a tenant; they arrive as tasks in that tenant's inbox, are answered with a
 * handling report, and the city follows their status. Over REST, on the real engine, PostgreSQL and the 2025
 * working-day calendar (National Day holiday, Sunday 28 Sep a working day), each test with two fresh tenants.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SupervisionIntegrationTest {

    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    PlatformClock clock;
    @Autowired
    AuditLog audit;

    TenantId a;
    TenantId b;

    @BeforeEach
    void freshTenants() {
        a = fixtures.provisionFreshTenant("supa");
        b = fixtures.provisionFreshTenant("supb");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCitySendsTheTenantsOfficerAnswersInTheInboxAndTheCitySeesItHandledOnTime() throws Exception {
        moveTo(2025, 9, 26, 10);
        String sent = send(a.code(), "SUPERVISION", "关于双公示逾期的督办", 5)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.tenant").value(a.code()))
                .andExpect(jsonPath("$.kindName").value("督办"))
                .andExpect(jsonPath("$.sentOn").value("2025-09-26"))
                // Sun 28, Mon 29, Tue 30 Sep, (1-8 Oct holiday), Thu 9, Fri 10 Oct
                .andExpect(jsonPath("$.dueDate").value("2025-10-10"))
                .andExpect(jsonPath("$.dueFlagged").value(false))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andReturn().getResponse().getContentAsString();
        String noticeId = JsonPath.read(sent, "$.id");
        String caseId = JsonPath.read(sent, "$.caseId");

        String taskId = taskOf(a, caseId);
        mvc.perform(get("/api/tenants/{t}/tasks/{id}", a.code(), taskId).with(TestUsers.officerOf(a.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.name").value("办理市信用办督办：关于双公示逾期的督办"))
                .andExpect(jsonPath("$.task.processKey").value("city-supervision"))
                .andExpect(jsonPath("$.task.dueAt").value("2025-10-10T16:00:00Z"))
                .andExpect(jsonPath("$.form.key").value("supervision-report"))
                .andExpect(jsonPath("$.task.caseData.text").value("请于期限内报送整改情况并说明原因。"));

        // a report without its required fields completes nothing
        mvc.perform(post("/api/tenants/{t}/tasks/{id}/complete", a.code(), taskId).with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"data\":{\"report\":\"\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(taskOf(a, caseId)).isEqualTo(taskId);

        moveTo(2025, 10, 10, 17);
        mvc.perform(post("/api/tenants/{t}/tasks/{id}/complete", a.code(), taskId).with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"report\":\"已逐条核对并补录公示，建立周核查制度。\",\"contact\":\"王科长 0769-12345678\"}}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/city/supervision").param("tenant", a.code()).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(noticeId))
                .andExpect(jsonPath("$[0].status").value("HANDLED_ON_TIME"))
                .andExpect(jsonPath("$[0].handledOn").value("2025-10-10"))
                .andExpect(jsonPath("$[0].handledBy").value(a.code() + ".officer"))
                .andExpect(jsonPath("$[0].report").value("已逐条核对并补录公示，建立周核查制度。"))
                .andExpect(jsonPath("$[0].contact").value("王科长 0769-12345678"));
        mvc.perform(get("/api/city/supervision/{t}/{id}", a.code(), noticeId).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("HANDLED_ON_TIME"));
        mvc.perform(get("/api/tenants/{t}/supervision", a.code()).with(TestUsers.officerOf(a.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("HANDLED_ON_TIME"));
        assertThat(TenantContext.callAs(a, () -> audit.trailOf(SupervisionService.AUDIT_TYPE, noticeId)))
                .extracting(e -> e.action()).containsExactly("SUPERVISION_SENT", "SUPERVISION_HANDLED");
    }

    @Test
    void anotherTenantNeitherSeesNorCompletesTheNotice() throws Exception {
        moveTo(2025, 9, 26, 10);
        String sent = send(a.code(), "INTERVIEW_REMINDER", "约谈提醒", 3).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String noticeId = JsonPath.read(sent, "$.id");
        String taskId = taskOf(a, JsonPath.read(sent, "$.caseId"));
        String report = "{\"data\":{\"report\":\"冒充办理\",\"contact\":\"乙镇\"}}";

        mvc.perform(get("/api/tenants/{t}/tasks", b.code()).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(taskId))));
        mvc.perform(get("/api/tenants/{t}/tasks/{id}", b.code(), taskId).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/{t}/tasks/{id}/complete", b.code(), taskId).with(TestUsers.officerOf(b.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isNotFound());
        // the other tenant's path with the attacker's token: answered like an unknown tenant
        mvc.perform(post("/api/tenants/{t}/tasks/{id}/complete", a.code(), taskId).with(TestUsers.officerOf(b.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(report))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/{t}/supervision/{id}", b.code(), noticeId).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/{t}/supervision", b.code()).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", empty()));
        mvc.perform(get("/api/tenants/{t}/supervision", a.code()).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/city/supervision/{t}/{id}", b.code(), noticeId).with(TestUsers.cityOffice()))
                .andExpect(status().isNotFound());
        // officers do not send, nor read the city's list
        mvc.perform(get("/api/city/supervision").with(TestUsers.officerOf(a.code())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/city/supervision").with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(body(b.code(), "NOTICE", "伪造通知", 3)))
                .andExpect(status().isForbidden());
        // nor start the internal process themselves, nor see it among the processes to start
        mvc.perform(get("/api/tenants/{t}/processes", a.code()).with(TestUsers.officerOf(a.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].key", hasItem("credit-commitment")))
                .andExpect(jsonPath("$[*].key", not(hasItem("city-supervision"))));
        mvc.perform(post("/api/tenants/{t}/cases", a.code()).with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"processKey\":\"city-supervision\",\"data\":{}}"))
                .andExpect(status().isNotFound());

        assertThat(taskOf(a, JsonPath.read(sent, "$.caseId"))).isEqualTo(taskId);
        mvc.perform(get("/api/city/supervision/{t}/{id}", a.code(), noticeId).with(TestUsers.cityOffice()))
                .andExpect(jsonPath("$.status").value("SENT"));
    }

    @Test
    void aNoticeDueOnAWorkingSundayIsOverdueAfterItAndLateWhenAnswered() throws Exception {
        moveTo(2025, 9, 26, 10);
        String sent = send(a.code(), "NOTICE", "报送材料通知", 1)
                .andExpect(jsonPath("$.dueDate").value("2025-09-28"))
                .andReturn().getResponse().getContentAsString();
        String noticeId = JsonPath.read(sent, "$.id");

        moveTo(2025, 9, 28, 23);
        expectStatus(noticeId, "SENT");
        moveTo(2025, 9, 29, 9);
        expectStatus(noticeId, "OPEN_OVERDUE");

        String taskId = taskOf(a, JsonPath.read(sent, "$.caseId"));
        mvc.perform(post("/api/tenants/{t}/tasks/{id}/complete", a.code(), taskId).with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"report\":\"已报送\",\"contact\":\"李四\"}}"))
                .andExpect(status().isNoContent());
        expectStatus(noticeId, "HANDLED_LATE");
    }

    @Test
    void badInputIsA400NamingEachFieldAndSendsNothing() throws Exception {
        mvc.perform(post("/api/city/supervision").with(TestUsers.cityOffice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenant\":\"nosuchtown\",\"kind\":\"WARNING\",\"title\":\" \",\"text\":\"x\","
                                + "\"workingDays\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "tenant", "kind", "title", "workingDays")));
        mvc.perform(post("/api/city/supervision").with(TestUsers.cityOffice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tenant\":\"" + a.code() + "\",\"kind\":\"NOTICE\",\"title\":\"t\",\"text\":\"x\","
                                + "\"workingDays\":61}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workingDays"));
        mvc.perform(get("/api/city/supervision").param("tenant", a.code()).with(TestUsers.cityOffice()))
                .andExpect(jsonPath("$", empty()));
        assertThat(TenantContext.callAs(a, () -> taskCount(a))).isZero();
    }

    private org.springframework.test.web.servlet.ResultActions send(String tenant, String kind, String title, int days)
            throws Exception {
        return mvc.perform(post("/api/city/supervision").with(TestUsers.cityOffice())
                .contentType(MediaType.APPLICATION_JSON).content(body(tenant, kind, title, days)));
    }

    private static String body(String tenant, String kind, String title, int days) {
        return "{\"tenant\":\"" + tenant + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title
                + "\",\"text\":\"请于期限内报送整改情况并说明原因。\",\"workingDays\":" + days + "}";
    }

    private void expectStatus(String noticeId, String expected) throws Exception {
        mvc.perform(get("/api/city/supervision/{t}/{id}", a.code(), noticeId).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value(expected));
    }

    /** The id of the case's open task, as the tenant's officer sees it in the inbox. */
    private String taskOf(TenantId tenant, String caseId) throws Exception {
        String tasks = mvc.perform(get("/api/tenants/{t}/tasks", tenant.code()).with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(tasks, "$[?(@.caseId == '" + caseId + "')].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private int taskCount(TenantId tenant) throws Exception {
        String tasks = mvc.perform(get("/api/tenants/{t}/tasks", tenant.code()).with(TestUsers.officerOf(tenant.code())))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Object>>read(tasks, "$").size();
    }

    private void moveTo(int year, int month, int day, int hour) {
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, 0, 0, 0, CITY).toInstant());
    }
}
