package com.credittown.platform.credit.cleanup;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditRestFixture;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
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
 * The code clean-up report (重错码清理, plan (二)) as its users meet it: a registration or an import row with a wrong code
 * or with another name for a registered code is answered as before and becomes an item of the reporting town's report;
 * one name under several codes is found by detection; a town reads and works only its own items, the city office reads
 * all and works only the city's; a worked item stays worked when detected again unless something new was found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CodeCleanupRestIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;

    private CreditRestFixture fixture;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
        fixture = new CreditRestFixture(mvc, json);
    }

    /** The item of the tenant's report that lists this value among its findings. */
    private JsonNode itemWith(String tenant, String kind, String value) throws Exception {
        return fixture.items("/api/tenants/" + tenant + "/code-cleanup?kind=" + kind, officerOf(tenant)).stream()
                .filter(i -> hasFinding(i, value)).findFirst().orElse(null);
    }

    private static boolean hasFinding(JsonNode item, String value) {
        for (JsonNode finding : item.get("findings")) {
            if (finding.get("value").asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private ResultActions work(String path, RequestPostProcessor user, String body) throws Exception {
        return fixture.send(post(path), user, body);
    }

    @Test
    void aRegistrationRefusedForItsCodeIsAWrongCodeItemOfItsTownOnly() throws Exception {
        String wrong = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        fixture.register("humen", wrong, "东莞市错码登记测试有限公司").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        JsonNode item = itemWith("humen", "WRONG_CODE", wrong);
        assertThat(item).as("humen's report lists the refused code").isNotNull();
        assertThat(item.get("source").asText()).isEqualTo("REGISTRATION");
        assertThat(item.get("status").asText()).isEqualTo("OPEN");
        assertThat(item.get("ownerTenant").asText()).isEqualTo("humen");
        // a town's refused registrations are one item (the town reports them); each code is a finding of it
        JsonNode finding = null;
        for (JsonNode f : item.get("findings")) {
            finding = f.get("value").asText().equals(wrong) ? f : finding;
        }
        assertThat(finding.get("detail").asText()).containsIgnoringCase("check character");

        long id = item.get("id").asLong();
        assertThat(itemWith("changan", "WRONG_CODE", wrong)).as("another town's report").isNull();
        mvc.perform(get("/api/tenants/changan/code-cleanup/{id}", id).with(officerOf("changan")))
                .andExpect(status().isNotFound());
        assertThat(fixture.items("/api/city/code-cleanup?tenant=humen&kind=WRONG_CODE", cityOffice()))
                .anyMatch(i -> i.get("id").asLong() == id);
        mvc.perform(get("/api/city/code-cleanup/{id}", id).with(cityOffice()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerTenant").value("humen"));
        mvc.perform(get("/api/city/code-cleanup/{id}", id).with(officerOf("humen")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRegistrationNamingARegisteredCodeDifferentlyIsToldSoAndTheArchiveKeepsItsName() throws Exception {
        String code = CODES.next("441900").value();
        String run = Long.toString(System.nanoTime(), 36);
        long subject = fixture.id(fixture.register("humen", code, "东莞市重码原名" + run + "有限公司")
                .andExpect(status().isCreated()));

        fixture.register("changan", code, "东莞市重码别名" + run + "有限公司")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("subject " + subject)))
                .andExpect(jsonPath("$.detail").value(containsString("'东莞市重码别名" + run + "有限公司'")))
                .andExpect(jsonPath("$.detail").value(containsString("code clean-up report")));
        mvc.perform(get("/api/tenants/changan/subjects/{id}", subject).with(officerOf("changan")))
                .andExpect(jsonPath("$.name").value("东莞市重码原名" + run + "有限公司"));

        JsonNode item = itemWith("changan", "NAME_CONFLICT", "东莞市重码别名" + run + "有限公司");
        assertThat(item).isNotNull();
        assertThat(item.get("group").asText()).isEqualTo(code);
        assertThat(item.get("archiveName").asText()).isEqualTo("东莞市重码原名" + run + "有限公司");
        assertThat(item.get("subjectId").asLong()).isEqualTo(subject);

        // the same name written in full-width brackets and spaces is the same name: refused as before, nothing reported
        fixture.register("humen", code, " 东莞市重码原名" + run + "有限公司 ").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("clean-up"))));
        assertThat(itemWith("humen", "NAME_CONFLICT", "东莞市重码原名" + run + "有限公司")).isNull();
    }

    @Test
    void anImportRowWithAWrongCodeOrAnotherNameIsReportedByDepartmentAndTheJobSaysSo() throws Exception {
        String known = CODES.next("441900").value();
        String run = Long.toString(System.nanoTime());
        fixture.register("humen", known, "东莞市导入原名" + run + "有限公司").andExpect(status().isCreated());
        String wrong = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        String csv = "kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,title\r\n"
                + "LICENCE,虎重码〔" + run + "〕1号," + known + ",东莞市导入别名" + run + "有限公司,虎门镇市场监督管理分局" + run
                + ",2025-10-09,2025-10-10,食品经营许可\r\n"
                + "LICENCE,虎重码〔" + run + "〕2号," + wrong + ",东莞市导入错码有限公司,虎门镇市场监督管理分局" + run
                + ",2025-10-09,2025-10-10,食品经营许可\r\n";

        long jobId = fixture.imported("humen", "cleanup.csv", csv);
        JsonNode job = fixture.importJob("humen", jobId);

        assertThat(job.get("imported").asInt()).isEqualTo(1);
        assertThat(job.get("rejected").asInt()).isEqualTo(1);
        assertThat(job.get("nameConflicts").asInt()).as("the job says a row named its subject differently")
                .isEqualTo(1);
        JsonNode wrongCodes = itemWith("humen", "WRONG_CODE", wrong);
        assertThat(wrongCodes.get("source").asText()).isEqualTo("IMPORT");
        assertThat(wrongCodes.get("group").asText()).isEqualTo("虎门镇市场监督管理分局" + run);
        assertThat(wrongCodes.get("occurrences").asInt()).isEqualTo(1);
        JsonNode names = itemWith("humen", "NAME_CONFLICT", "东莞市导入别名" + run + "有限公司");
        assertThat(names.get("archiveName").asText()).isEqualTo("东莞市导入原名" + run + "有限公司");
        assertThat(names.get("findings").get(0).get("seenIn").asText()).isEqualTo("import " + jobId + " row 2");
        mvc.perform(get("/api/tenants/humen/subjects").param("code", known).with(officerOf("humen")))
                .andExpect(jsonPath("$.name").value("东莞市导入原名" + run + "有限公司"));
    }

    @Test
    void aWorkedItemIsAuditedAndStaysWorkedWhenDetectedAgainUnlessSomethingNewIsFound() throws Exception {
        String department = "东莞市错码复核测试" + System.nanoTime();
        String first = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        fixture.register("humen", first, department).andExpect(status().isBadRequest());
        long id = itemWith("humen", "WRONG_CODE", first).get("id").asLong();
        String path = "/api/tenants/humen/code-cleanup/" + id + "/work";

        work(path, officerOf("humen"), "{\"outcome\": \"CONFIRMED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        work(path, officerOf("humen"), "{\"outcome\": \"OPEN\", \"note\": \"x\"}")
                .andExpect(status().isBadRequest());
        work("/api/tenants/changan/code-cleanup/" + id + "/work", officerOf("changan"),
                "{\"outcome\": \"CONFIRMED\", \"note\": \"攻击\"}").andExpect(status().isNotFound());
        work(path, cityOffice(), "{\"outcome\": \"CONFIRMED\", \"note\": \"市信用办\"}")
                .andExpect(status().isForbidden());

        work(path, officerOf("humen"), "{\"outcome\": \"REFERRED\", \"note\": \"已转市场监管分局核实赋码\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.note").value("已转市场监管分局核实赋码"))
                .andExpect(jsonPath("$.resolvedBy").value("humen.officer"));
        List<AuditEntry> trail = TenantContext.callAs(TenantFixtures.HUMEN,
                () -> audit.trailOf(CleanupDetection.AUDIT_SUBJECT, Long.toString(id)));
        assertThat(trail).extracting(AuditEntry::action).contains("CODE_CLEANUP_WORKED");
        assertThat(trail.get(trail.size() - 1).detail()).contains("OPEN -> REFERRED").contains("已转市场监管分局核实赋码");

        // detected again, and the same wrong code reported again: still worked (the count grows)
        fixture.send(post("/api/tenants/humen/code-cleanup/detect"), officerOf("humen"), "").andExpect(status().isOk());
        fixture.register("humen", first, department).andExpect(status().isBadRequest());
        JsonNode again = itemWith("humen", "WRONG_CODE", first);
        assertThat(again.get("id").asLong()).isEqualTo(id);
        assertThat(again.get("status").asText()).isEqualTo("REFERRED");
        assertThat(again.get("findings")).filteredOn(f -> f.get("value").asText().equals(first))
                .singleElement().satisfies(f -> assertThat(f.get("count").asInt()).isEqualTo(2));

        // something new: another wrong code from the same source opens it again, saying it was worked before
        String second = CreditRestFixture.wrongCheckCharacter(CODES.next("441900").value());
        fixture.register("humen", second, department).andExpect(status().isBadRequest());
        JsonNode reopened = itemWith("humen", "WRONG_CODE", second);
        assertThat(reopened.get("id").asLong()).isEqualTo(id);
        assertThat(reopened.get("status").asText()).isEqualTo("OPEN");
        assertThat(reopened.get("reopened").asBoolean()).isTrue();
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN,
                () -> audit.trailOf(CleanupDetection.AUDIT_SUBJECT, Long.toString(id))))
                .extracting(AuditEntry::action).contains("CODE_CLEANUP_REOPENED");
    }

    @Test
    void oneNameUnderSeveralCodesIsALikelyDuplicateForEachTownThatRegisteredOne() throws Exception {
        String run = Long.toString(System.nanoTime());
        String humenCode = CODES.next("441900").value();
        String changanCode = CODES.next("441900").value();
        fixture.register("humen", humenCode, "东莞市疑似重复" + run + "（虎门）有限公司").andExpect(status().isCreated());
        fixture.register("changan", changanCode, "东莞市疑似重复" + run + "(虎门) 有限公司").andExpect(status().isCreated());

        fixture.send(post("/api/tenants/humen/code-cleanup/detect"), officerOf("humen"), "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.found").isNumber());
        JsonNode humen = itemWith("humen", "LIKELY_DUPLICATE", changanCode);
        assertThat(humen).isNotNull();
        assertThat(hasFinding(humen, humenCode)).isTrue();
        assertThat(itemWith("changan", "LIKELY_DUPLICATE", humenCode)).as("changan has not detected yet").isNull();
        fixture.send(post("/api/tenants/humen/code-cleanup/detect"), cityOffice(), "")
                .andExpect(status().isForbidden());

        fixture.send(post("/api/city/code-cleanup/detect"), cityOffice(), "").andExpect(status().isOk());
        assertThat(itemWith("changan", "LIKELY_DUPLICATE", humenCode)).isNotNull();
        mvc.perform(get("/api/city/code-cleanup/figures").with(cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.ownerTenant == 'changan' && @.kind == 'LIKELY_DUPLICATE')]").isNotEmpty());
        mvc.perform(get("/api/city/code-cleanup/figures").with(officerOf("humen")))
                .andExpect(status().isForbidden());
    }
}
