package com.credittown.workflows.inspection;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Graded inspection plans over REST on PostgreSQL: a fresh town with 20 subjects of grade A, 10 of B, 5 of C and 3 of
 * D in the city-wide archive (grades from the archive's own grading: no record A, one general dishonesty B, two C, a
 * severe one D); the city's ratios 5/20/60/100% draw 1, 2, 3 and every D subject; the same seed draws the same plan;
 * the result becomes a 监督检查 record of the archive; another town reaches nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InspectionPlanIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    ObjectMapper json;

    TenantId town;
    TenantId other;
    Set<Long> gradeD = new HashSet<>();

    @BeforeEach
    void aTownWithSubjectsOfEveryGrade() throws Exception {
        town = fixtures.provisionFreshTenant("insa");
        other = fixtures.provisionFreshTenant("insb");
        for (int i = 0; i < 20; i++) {
            subject("A", i);
        }
        for (int i = 0; i < 10; i++) {
            record(subject("B", i), "GENERAL");
        }
        for (int i = 0; i < 5; i++) {
            long c = subject("C", i);
            record(c, "GENERAL");
            record(c, "GENERAL");
        }
        for (int i = 0; i < 3; i++) {
            long d = subject("D", i);
            record(d, "SEVERE");
            gradeD.add(d);
        }
        // a subject of another town is not in this town's population
        send(post("/api/tenants/{t}/subjects", other.code()), officerOf(other.code()), """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市别镇公司"}"""
                .formatted(CODES.next("441900").value())).andExpect(status().isCreated());
    }

    private long subject(String grade, int n) throws Exception {
        return id(send(post("/api/tenants/{t}/subjects", town.code()), officerOf(town.code()), """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市抽查测试%s%d有限公司"}"""
                .formatted(CODES.next("441900").value(), grade, n)).andExpect(status().isCreated()));
    }

    private void record(long subjectId, String severity) throws Exception {
        send(post("/api/tenants/{t}/subjects/{s}/records", town.code(), subjectId), officerOf(town.code()), """
                {"kind": "DISHONESTY", "severity": "%s", "department": "市场监督管理局",
                 "decisionDate": "%s", "legalBasis": "《企业信息公示暂行条例》", "title": "测试失信记录"}"""
                .formatted(severity, LocalDate.now().minusDays(1))).andExpect(status().isCreated());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body)
            throws Exception {
        return mvc.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private JsonNode draw(long seed) throws Exception {
        return json.readTree(send(post("/api/tenants/{t}/inspection-plans", town.code()), officerOf(town.code()), """
                {"title": "2026年第一季度双随机抽查", "periodFrom": "2026-01-01", "periodTo": "2026-03-31",
                 "kinds": ["MARKET_ENTITY"], "seed": %d}""".formatted(seed))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/inspection-plans/")))
                .andReturn().getResponse().getContentAsString());
    }

    private static List<Long> drawnSubjects(JsonNode plan) {
        List<Long> ids = new ArrayList<>();
        plan.get("items").forEach(i -> ids.add(i.get("subjectId").asLong()));
        return ids;
    }

    @Test
    void eachGradeIsDrawnAtTheCitysRatioAndEveryDSubjectIsDrawn() throws Exception {
        JsonNode plan = draw(42);
        assertThat(plan.get("populationSizes").toString()).isEqualTo("{\"A\":20,\"B\":10,\"C\":5,\"D\":3}");
        assertThat(plan.get("ratios").toString()).isEqualTo("{\"A\":5,\"B\":20,\"C\":60,\"D\":100}");
        assertThat(plan.get("drawnSizes").toString()).isEqualTo("{\"A\":1,\"B\":2,\"C\":3,\"D\":3}");
        assertThat(plan.get("seed").asLong()).isEqualTo(42);
        assertThat(plan.get("ratiosBasis").asText()).startsWith("市信用办设置：");
        List<Long> drawn = drawnSubjects(plan);
        assertThat(drawn).hasSize(9).doesNotHaveDuplicates().containsAll(gradeD);
        plan.get("items").forEach(i -> {
            if (gradeD.contains(i.get("subjectId").asLong())) {
                assertThat(i.get("grade").asText()).isEqualTo("D");
            }
        });
    }

    @Test
    void theSameSeedDrawsTheSamePlanAndTheRecordedSeedSaysWhichOneWasUsed() throws Exception {
        JsonNode first = draw(20261207);
        JsonNode second = draw(20261207);
        assertThat(second.get("id").asLong()).isNotEqualTo(first.get("id").asLong());
        assertThat(drawnSubjects(second)).isEqualTo(drawnSubjects(first));
        // without a seed the platform picks one and records it: drawing again with it gives the same plan
        JsonNode unseeded = json.readTree(send(post("/api/tenants/{t}/inspection-plans", town.code()),
                officerOf(town.code()), """
                        {"title": "随机种子由平台生成", "periodFrom": "2026-04-01", "periodTo": "2026-06-30"}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(drawnSubjects(draw(unseeded.get("seed").asLong()))).isEqualTo(drawnSubjects(unseeded));
        mvc.perform(get("/api/tenants/{t}/inspection-plans/{id}", town.code(), first.get("id").asLong())
                        .with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(20261207));
    }

    @Test
    void aResultIsRecordedOnceAsAnInspectionRecordOfTheArchive() throws Exception {
        JsonNode plan = draw(7);
        long planId = plan.get("id").asLong();
        JsonNode item = plan.get("items").get(0);
        String result = """
                {"result": "ISSUES_FOUND", "inspectedOn": "%s", "department": "市场监督管理局",
                 "summary": "未公示营业执照，已责令改正"}""".formatted(LocalDate.now().minusDays(1));
        send(post("/api/tenants/{t}/inspection-plans/{p}/items/{i}/result", town.code(), planId,
                item.get("id").asLong()), officerOf(town.code()), result)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("ISSUES_FOUND"))
                .andExpect(jsonPath("$.recordId").isNumber());
        mvc.perform(get("/api/tenants/{t}/subjects/{s}/archive", town.code(), item.get("subjectId").asLong())
                        .with(officerOf(town.code())))
                .andExpect(jsonPath("$.records[?(@.kind == 'INSPECTION')].title").value(
                        org.hamcrest.Matchers.hasItem("双随机抽查：发现问题")));
        send(post("/api/tenants/{t}/inspection-plans/{p}/items/{i}/result", town.code(), planId,
                item.get("id").asLong()), officerOf(town.code()), result)
                .andExpect(status().isConflict());
        send(post("/api/tenants/{t}/inspection-plans/{p}/items/{i}/result", town.code(), planId,
                plan.get("items").get(1).get("id").asLong()), officerOf(town.code()), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
    }

    @Test
    void anotherTownReachesNoneOfThePlanAndBadInputDrawsNothing() throws Exception {
        JsonNode plan = draw(1);
        long planId = plan.get("id").asLong();
        long itemId = plan.get("items").get(0).get("id").asLong();
        mvc.perform(get("/api/tenants/{t}/inspection-plans/{id}", other.code(), planId).with(officerOf(other.code())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown inspection plan"));
        mvc.perform(get("/api/tenants/{t}/inspection-plans/{id}.xlsx", other.code(), planId)
                        .with(officerOf(other.code())))
                .andExpect(status().isNotFound());
        send(post("/api/tenants/{t}/inspection-plans/{p}/items/{i}/result", other.code(), planId, itemId),
                officerOf(other.code()), """
                        {"result": "NO_ISSUES", "inspectedOn": "2026-01-05", "department": "x", "summary": "y"}""")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/{t}/inspection-plans", other.code()).with(officerOf(other.code())))
                .andExpect(jsonPath("$.length()").value(0));
        send(post("/api/tenants/{t}/inspection-plans", town.code()), officerOf(town.code()), """
                {"title": " ", "periodFrom": "2026-03-31", "periodTo": "2026-01-01", "kinds": ["NATURAL_PERSON"]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title",
                        "periodTo", "kinds")));
        send(post("/api/tenants/{t}/inspection-plans", town.code()), officerOf(town.code()), """
                {"title": "无此标签", "periodFrom": "2026-01-01", "periodTo": "2026-03-31", "tag": "不存在的行业"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("population"));
        mvc.perform(get("/api/tenants/{t}/inspection-plans", town.code()).with(officerOf(town.code())))
                .andExpect(jsonPath("$.length()").value(1));
        // the city office reads it, read only
        mvc.perform(get("/api/city/inspection-plans").param("tenant", town.code()).with(cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(planId));
        send(post("/api/tenants/{t}/inspection-plans", town.code()), cityOffice(), "{}")
                .andExpect(status().isForbidden());
    }

    @Test
    void thePlanExportsAsASpreadsheetWithItsSeedAndRatios() throws Exception {
        JsonNode plan = draw(99);
        byte[] xlsx = mvc.perform(get("/api/tenants/{t}/inspection-plans/{id}.xlsx", town.code(),
                        plan.get("id").asLong()).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", InspectionPlanSpreadsheet.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026年第一季度双随机抽查");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo(plan.get("items").get(0).get("subjectCode").asText());
            assertThat(sheet.getRow(2 + 9 + 1).getCell(0).getStringCellValue()).contains("随机种子 99")
                    .contains("市信用办设置：");
        }
    }
}
