package com.credittown.workflows.keytask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.keytask.internal.KeyTaskAssignments;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The key-task ledger over REST on PostgreSQL: the city office assigns, each tenant updates its own copy (versioned
 * and audited), the status turns OVERDUE on the deadline, the reminder day falls on the working-day calendar, and a
 * tenant never reaches another's copy. Three fresh tenants per test: A and B assigned, C not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeyTaskIntegrationTest {

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
    TenantId c;
    String title;

    @BeforeEach
    void setUp() {
        a = fixtures.provisionFreshTenant("keya");
        b = fixtures.provisionFreshTenant("keyb");
        c = fixtures.provisionFreshTenant("keyc");
        title = "双公示数据质量提升专项行动-" + UUID.randomUUID().toString().substring(0, 8);
        moveTo(2025, 9, 22, 10);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCityAssignsEachTenantUpdatesItsOwnCopyAndTheCityFollowsEveryVersion() throws Exception {
        String id = assign(title, "2025-10-10", 3, a.code(), b.code())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadline").value("2025-10-10"))
                // 3 working days before Fri 10 Oct: Thu 9 Oct, (1-8 Oct holiday), Tue 30 Sep, Mon 29 Sep
                .andExpect(jsonPath("$.remindOn").value("2025-09-29"))
                .andExpect(jsonPath("$.remindOnFlagged").value(false))
                .andExpect(jsonPath("$.tenants[*].tenant").value(containsInAnyOrder(a.code(), b.code())))
                .andExpect(jsonPath("$.tenants[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.tenants[0].revision").value(1))
                .andReturn().getResponse().getContentAsString().transform(body -> JsonPath.read(body, "$.id"));

        mvc.perform(get("/api/tenants/{t}/key-tasks", a.code()).with(TestUsers.officerOf(a.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].keyTaskId").value(id))
                .andExpect(jsonPath("$[0].title").value(title))
                .andExpect(jsonPath("$[0].ownerUnit").value("市发展改革局"))
                .andExpect(jsonPath("$[0].status").value("NOT_STARTED"))
                .andExpect(jsonPath("$[0].reminderDue").value(false))
                .andExpect(jsonPath("$[0].version").value(0));
        mvc.perform(get("/api/tenants/{t}/key-tasks", c.code()).with(TestUsers.officerOf(c.code())))
                .andExpect(jsonPath("$", empty()));

        update(a, id, "{\"ownerPerson\":\"张三\",\"status\":\"IN_PROGRESS\",\"progressNote\":\"已召开专题会部署\",\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.statusName").value("推进中"))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.updatedBy").value(a.code() + ".officer"));
        // someone who read version 0 and saves now is told it changed meanwhile, and changes nothing
        update(a, id, "{\"ownerPerson\":\"李四\",\"status\":\"NOT_STARTED\",\"version\":0}")
                .andExpect(status().isConflict());

        moveTo(2025, 9, 29, 9);
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}", a.code(), id).with(TestUsers.officerOf(a.code())))
                .andExpect(jsonPath("$.reminderDue").value(true))
                .andExpect(jsonPath("$.ownerPerson").value("张三"));

        // the day after the deadline, what is not done is overdue
        moveTo(2025, 10, 11, 9);
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}", b.code(), id).with(TestUsers.officerOf(b.code())))
                .andExpect(jsonPath("$.status").value("OVERDUE"))
                .andExpect(jsonPath("$.reminderDue").value(false));
        update(a, id, "{\"ownerPerson\":\"张三\",\"status\":\"DONE\",\"progressNote\":\"已完成并报送\","
                + "\"completedOn\":\"2025-10-10\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.revision").value(3));

        mvc.perform(get("/api/city/key-tasks/{id}", id).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenants[?(@.tenant == '" + a.code() + "')].status").value("DONE"))
                .andExpect(jsonPath("$.tenants[?(@.tenant == '" + a.code() + "')].completedOn").value("2025-10-10"))
                .andExpect(jsonPath("$.tenants[?(@.tenant == '" + b.code() + "')].status").value("OVERDUE"));
        mvc.perform(get("/api/city/key-tasks/{id}/tenants/{t}/history", id, a.code()).with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].changes").value("assigned by the city office, due 2025-10-10"))
                .andExpect(jsonPath("$[1].state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[1].changes").value(containsString("ownerPerson: – -> 张三")))
                .andExpect(jsonPath("$[2].changedBy").value(a.code() + ".officer"))
                .andExpect(jsonPath("$[2].changedAt").value("2025-10-11T01:00:00Z"))
                .andExpect(jsonPath("$[2].changes").value(containsString("status: IN_PROGRESS -> DONE")));
        // audited in the tenant: the assignment and the two updates (not the refused stale one)
        assertThat(TenantContext.callAs(a, () -> audit.trailOf(KeyTaskLedger.AUDIT_TYPE, copyIdOf(a, id))))
                .extracting(AuditEntry::action)
                .containsExactly("KEY_TASK_ASSIGNED", "KEY_TASK_UPDATED", "KEY_TASK_UPDATED");
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}/history", b.code(), id).with(TestUsers.officerOf(b.code())))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aTenantNeverReadsNorChangesAnothersCopy() throws Exception {
        String shared = id(assign(title, "2025-12-31", null, a.code(), b.code()));
        String onlyA = id(assign(title + "-甲", "2025-12-31", null, a.code()));
        update(a, shared, "{\"ownerPerson\":\"张三\",\"status\":\"IN_PROGRESS\"}").andExpect(status().isOk());

        String attack = "{\"ownerPerson\":\"乙\",\"status\":\"DONE\",\"completedOn\":\"2025-09-22\"}";
        // a guessed id of a task assigned to A only
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}", b.code(), onlyA).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        update(b, onlyA, attack).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}/history", b.code(), onlyA).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        // A's path with B's token: answered like an unknown tenant
        mvc.perform(put("/api/tenants/{t}/key-tasks/{id}", a.code(), shared).with(TestUsers.officerOf(b.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(attack))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/{t}/key-tasks", a.code()).with(TestUsers.officerOf(b.code())))
                .andExpect(status().isNotFound());
        // an edited request naming A changes B's own copy only
        update(b, shared, "{\"tenant\":\"" + a.code() + "\",\"keyTaskId\":\"" + shared + "\",\"ownerPerson\":\"乙\","
                + "\"status\":\"DONE\",\"completedOn\":\"2025-09-22\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenant").value(b.code()));
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}", a.code(), shared).with(TestUsers.officerOf(a.code())))
                .andExpect(jsonPath("$.ownerPerson").value("张三"))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.revision").value(2));
        // a reviewer does not update key tasks; officers do not use the city's endpoints
        mvc.perform(put("/api/tenants/{t}/key-tasks/{id}", a.code(), shared)
                        .with(TestUsers.reviewerOf(a.code(), "market"))
                        .contentType(MediaType.APPLICATION_JSON).content(attack))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/key-tasks").with(TestUsers.officerOf(a.code()))).andExpect(status().isForbidden());
        mvc.perform(post("/api/city/key-tasks").with(TestUsers.officerOf(a.code()))
                        .contentType(MediaType.APPLICATION_JSON).content(body("伪造", "2025-12-31", null, b.code())))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputIsA400NamingEachFieldAndChangesNothing() throws Exception {
        mvc.perform(post("/api/city/key-tasks").with(TestUsers.cityOffice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"" + title + "\",\"description\":\" \",\"basis\":\"（二十四）\","
                                + "\"ownerUnit\":\"市发展改革局\",\"deadline\":\"2025-02-30\",\"reminderWorkingDays\":0,"
                                + "\"tenants\":[\"" + a.code() + "\",\"nosuchtown\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("description", "deadline",
                        "reminderWorkingDays", "tenants")));
        assign(title, "2025-09-21", null, a.code()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("past"));
        mvc.perform(get("/api/city/key-tasks").with(TestUsers.cityOffice()))
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
        mvc.perform(get("/api/tenants/{t}/key-tasks", a.code()).with(TestUsers.officerOf(a.code())))
                .andExpect(jsonPath("$", empty()));

        String id = id(assign(title, "2025-12-31", null, a.code()));
        update(a, id, "{\"status\":\"OVERDUE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("computed"));
        update(a, id, "{\"status\":\"DONE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("completedOn"));
        update(a, id, "{\"status\":\"DONE\",\"completedOn\":\"2025-09-23\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("future"));
        update(a, id, "{\"status\":\"IN_PROGRESS\",\"completedOn\":\"2025-09-20\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("only-when-done"));
        mvc.perform(get("/api/tenants/{t}/key-tasks/{id}/history", a.code(), id).with(TestUsers.officerOf(a.code())))
                .andExpect(jsonPath("$.length()").value(1));
        // an update that changes nothing records nothing
        update(a, id, "{\"status\":\"NOT_STARTED\"}").andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        List<AuditEntry> trail = TenantContext.callAs(a, () -> audit.trailOf(KeyTaskLedger.AUDIT_TYPE,
                copyIdOf(a, id)));
        assertThat(trail).extracting(AuditEntry::action).containsExactly("KEY_TASK_ASSIGNED");
    }

    @Test
    void theSpreadsheetReadsBackOneRowPerTaskAndTenantFormattedForPrint() throws Exception {
        String id = id(assign(title, "2025-10-10", 3, a.code(), b.code()));
        update(a, id, "{\"ownerPerson\":\"张三\",\"status\":\"IN_PROGRESS\",\"progressNote\":\"已召开专题会部署\"}")
                .andExpect(status().isOk());
        moveTo(2025, 10, 11, 9);

        byte[] body = mvc.perform(get("/api/city/key-tasks.xlsx").with(TestUsers.cityOffice()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(KeyTaskSpreadsheet.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheet("重点任务工作台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("重点任务工作台账").contains("2025-10-11");
            Row header = sheet.getRow(1);
            for (int col = 0; col < KeyTaskSpreadsheet.HEADERS.size(); col++) {
                assertThat(header.getCell(col).getStringCellValue()).isEqualTo(KeyTaskSpreadsheet.HEADERS.get(col));
            }
            assertThat(KeyTaskSpreadsheet.HEADERS).containsSubsequence("重点任务", "牵头单位", "完成时限", "镇街", "责任人",
                    "状态", "进展情况");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();

            List<Row> ours = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (title.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    ours.add(sheet.getRow(r));
                }
            }
            assertThat(ours).hasSize(2);
            Row rowA = ours.stream().filter(r -> r.getCell(6).getStringCellValue().equals("测试镇" + a.code()))
                    .findFirst().orElseThrow();
            assertThat(rowA.getCell(4).getStringCellValue()).isEqualTo("市发展改革局");
            assertThat(rowA.getCell(5).getStringCellValue()).isEqualTo("2025-10-10");
            assertThat(rowA.getCell(7).getStringCellValue()).isEqualTo("张三");
            assertThat(rowA.getCell(8).getStringCellValue()).isEqualTo("已逾期");
            assertThat(rowA.getCell(9).getStringCellValue()).isEqualTo("已召开专题会部署");
            Row rowB = ours.stream().filter(r -> r != rowA).findFirst().orElseThrow();
            assertThat(rowB.getCell(8).getStringCellValue()).isEqualTo("已逾期");
            assertThat(rowA.getCell(0).getNumericCellValue()).isEqualTo(rowB.getCell(0).getNumericCellValue());
        }

        // in English for a reader who asks for it: headers, title and statuses; what the city office typed stays
        byte[] english = mvc.perform(get("/api/city/key-tasks.xlsx").param("lang", "en").with(TestUsers.cityOffice()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheet("重点任务工作台账")).isNull();
            Sheet sheet = workbook.getSheet("Key-task ledger");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("key-task ledger").contains("2025-10-11");
            List<String> headers = new ArrayList<>();
            sheet.getRow(1).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsSubsequence("Key task", "Lead unit", "Deadline", "Town", "Person in charge",
                    "Status", "Progress").allSatisfy(h -> assertThat(h).doesNotContainPattern("\\p{IsHan}"));
            Row ours = null;
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (title.equals(sheet.getRow(r).getCell(1).getStringCellValue())
                        && "张三".equals(sheet.getRow(r).getCell(7).getStringCellValue())) {
                    ours = sheet.getRow(r);
                }
            }
            assertThat(ours).isNotNull();
            assertThat(ours.getCell(8).getStringCellValue()).isEqualTo("Overdue");
            assertThat(ours.getCell(9).getStringCellValue()).isEqualTo("已召开专题会部署");
        }
    }

    @Autowired
    KeyTaskReminderJob reminders;

    @Test
    void onTheReminderDayTheTenantsOfficersAndAdministratorsAreRemindedOnceUnlessItsCopyIsDone() throws Exception {
        String id = id(assign(title, "2025-10-10", 3, a.code(), b.code()));
        update(b, id, "{\"ownerPerson\":\"王五\",\"status\":\"DONE\",\"progressNote\":\"提前完成\","
                + "\"completedOn\":\"2025-09-22\",\"version\":0}").andExpect(status().isOk());

        // Friday 26 Sep, one working day before the reminder day: nobody is reminded yet
        moveTo(2025, 9, 26, 9);
        reminders.runOnce();
        assertThat(remindersOf(TestUsers.officerOf(a.code()), a)).isEmpty();

        // Monday 29 Sep: a's officers and administrators are reminded, once however often the job runs
        moveTo(2025, 9, 29, 9);
        reminders.runOnce();
        reminders.runOnce();
        List<Map<String, Object>> officers = remindersOf(TestUsers.officerOf(a.code()), a);
        assertThat(officers).hasSize(1);
        assertThat(officers.get(0)).containsEntry("taskId", "key-task:" + id)
                .containsEntry("recipient", "officer")
                // the end of the deadline day, city time
                .containsEntry("dueAt", "2025-10-10T16:00:00Z");
        assertThat(remindersOf(TestUsers.user(a.code() + ".admin", a.code(), Set.of("administrator"), null, null), a))
                .extracting(n -> n.get("recipient")).containsExactly("administrator");
        // b finished early and c was never assigned: neither is reminded
        assertThat(remindersOf(TestUsers.officerOf(b.code()), b)).isEmpty();
        assertThat(remindersOf(TestUsers.officerOf(c.code()), c)).isEmpty();
    }

    /** The user's KEY_TASK_REMINDER notifications about this test's key task. */
    private List<Map<String, Object>> remindersOf(RequestPostProcessor user, TenantId tenant) throws Exception {
        String json = mvc.perform(get("/api/tenants/{t}/notifications", tenant.code()).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> all = JsonPath.read(json, "$[*]");
        return all.stream()
                .filter(n -> "KEY_TASK_REMINDER".equals(n.get("kind")) && title.equals(n.get("title")))
                .toList();
    }

    @Autowired
    KeyTaskAssignments copies;

    private String copyIdOf(TenantId tenant, String keyTaskId) {
        return TenantContext.callAs(tenant, () -> copies.findByKeyTaskId(keyTaskId).orElseThrow().id());
    }

    private ResultActions assign(String title, String deadline, Integer reminder, String... tenants) throws Exception {
        return mvc.perform(post("/api/city/key-tasks").with(TestUsers.cityOffice())
                .contentType(MediaType.APPLICATION_JSON).content(body(title, deadline, reminder, tenants)));
    }

    private static String body(String title, String deadline, Integer reminder, String... tenants) {
        return "{\"title\":\"" + title + "\",\"description\":\"开展双公示数据质量专项治理，逐条核对并补录。\","
                + "\"basis\":\"东府办〔2024〕6号（二十四）\",\"ownerUnit\":\"市发展改革局\",\"deadline\":\"" + deadline
                + "\"" + (reminder == null ? "" : ",\"reminderWorkingDays\":" + reminder) + ",\"tenants\":[\""
                + String.join("\",\"", tenants) + "\"]}";
    }

    private static String id(ResultActions assigned) throws Exception {
        return JsonPath.read(assigned.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
                "$.id");
    }

    private ResultActions update(TenantId tenant, String keyTaskId, String json) throws Exception {
        return mvc.perform(put("/api/tenants/{t}/key-tasks/{id}", tenant.code(), keyTaskId)
                .with(TestUsers.officerOf(tenant.code())).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void moveTo(int year, int month, int day, int hour) {
        clock.moveTo(OffsetDateTime.of(year, month, day, hour, 0, 0, 0, CITY).toInstant());
    }
}
