package com.credittown.workflows.portal;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The merchant portal's REST entry points on the real engine and PostgreSQL, from the merchant's side and the
 * attacker's: a merchant acts only for its own subject in its own tenant, whatever ids it edits into a request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MerchantPortalApiIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;

    private SubjectView own;
    private SubjectView neighbour;
    private long repairable;
    private long tooRecent;
    private long honour;
    private long neighboursRecord;
    private long changanRecord;
    private RequestPostProcessor merchant;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
        own = subject(HUMEN, "东莞市虎门镇自家服装店");
        neighbour = subject(HUMEN, "东莞市虎门镇隔壁服装店");
        repairable = record(HUMEN, own, RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.now().minusMonths(6), "逾期未年报");
        tooRecent = record(HUMEN, own, RecordKind.DISHONESTY, Severity.GENERAL, LocalDate.now().minusDays(10), "虚假宣传");
        honour = record(HUMEN, own, RecordKind.HONOUR, null, LocalDate.now().minusMonths(2), "守合同重信用企业");
        neighboursRecord = record(HUMEN, neighbour, RecordKind.DISHONESTY, Severity.GENERAL,
                LocalDate.now().minusMonths(6), "隔壁的失信记录");
        SubjectView changanSubject = subject(CHANGAN, "东莞市长安镇某五金店");
        changanRecord = record(CHANGAN, changanSubject, RecordKind.DISHONESTY, Severity.GENERAL,
                LocalDate.now().minusMonths(6), "长安的失信记录");
        merchant = TestUsers.merchantOf("humen", own.code());
    }

    @Test
    void aMerchantReadsItsOwnArchiveAndIsOfferedOnlyItsRepairableRecords() throws Exception {
        mvc.perform(get("/api/tenants/humen/my/archive").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.code").value(own.code()))
                .andExpect(jsonPath("$.grade").exists())
                .andExpect(jsonPath("$.explanation[*].recordId").value(hasItem((int) repairable)))
                .andExpect(jsonPath("$.records[*].id").value(hasItem((int) honour)))
                .andExpect(jsonPath("$.records[*].state").value(hasItem("PUBLISHED")));
        mvc.perform(get("/api/tenants/humen/my/repairable-records").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value((int) repairable));
    }

    @Test
    void aMerchantAppliesForRepairOfItsChosenRecordAndFollowsTheCase() throws Exception {
        String caseId = started(post("/api/tenants/humen/my/repair-applications").with(merchant),
                Map.of("recordIds", List.of(repairable), "obligationsFulfilled", true, "repairCommitmentSigned", true,
                        "statement", "已补报年报"));

        mvc.perform(get("/api/tenants/humen/my/cases/" + caseId).with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.processKey").value("credit-repair"))
                .andExpect(jsonPath("$.data.subjectCode").value(own.code()))
                .andExpect(jsonPath("$.data.recordIds").value(String.valueOf(repairable)))
                .andExpect(jsonPath("$.data.initiator").value("humen.merchant"))
                .andExpect(jsonPath("$.steps[*].stepKey").value(hasItem("accept")));
        mvc.perform(get("/api/tenants/humen/my/cases").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(caseId)));
    }

    @Test
    void aMerchantJoinsADistrictAndSignsTheIntegrityCommitmentItself() throws Exception {
        String district = district("humen");
        // a subject code edited into the request is ignored: the case is about the caller's own subject
        String caseId = started(post("/api/tenants/humen/my/district-applications").with(merchant),
                Map.of("districtId", district, "shopName", "自家服装店", "subjectCode", neighbour.code()));
        mvc.perform(get("/api/tenants/humen/my/cases/" + caseId).with(merchant))
                .andExpect(jsonPath("$.data.subjectCode").value(own.code()));

        JsonNode tasks = read(mvc.perform(get("/api/tenants/humen/my/tasks").with(merchant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode sign = find(tasks, caseId);
        assertThat(sign.get("stepKey").asText()).isEqualTo("sign");

        // a signature without a date is refused, field by field, and nothing moves
        mvc.perform(post("/api/tenants/humen/my/tasks/" + sign.get("id").asText() + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data", Map.of("signatory", "王小明")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("signedOn")));
        mvc.perform(post("/api/tenants/humen/my/tasks/" + sign.get("id").asText() + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data",
                                Map.of("signatory", "王小明", "signedOn", LocalDate.now().toString())))))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/tenants/humen/my/tasks").with(merchant))
                .andExpect(jsonPath("$[*].caseId").value(not(hasItem(caseId))));
        mvc.perform(get("/api/tenants/humen/my/cases/" + caseId).with(merchant))
                .andExpect(jsonPath("$.decisions[*].actor").value(hasItem("humen.merchant")))
                .andExpect(jsonPath("$.decisions[*].stepKey").value(hasItem("sign")));
    }

    @Test
    void editedRecordIdsAreAnsweredLikeUnknownOnesAndStartNothing() throws Exception {
        for (long stranger : List.of(neighboursRecord, changanRecord, tooRecent, honour, 999_999_999L)) {
            mvc.perform(post("/api/tenants/humen/my/repair-applications").with(merchant)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(Map.of("recordIds", List.of(repairable, stranger),
                                    "obligationsFulfilled", true, "repairCommitmentSigned", true))))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.title").value("Unknown record"));
        }
        mvc.perform(get("/api/tenants/humen/my/cases").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/tenants/humen/my/repair-applications").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("recordIds", List.of()))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherSubjectsOrTenantsCasesTasksAndDistrictsAreNotFoundAndOfficerEntryPointsAreClosed() throws Exception {
        String humenDistrict = district("humen");
        String changanDistrict = district("changan");
        // the neighbour's own application, opened by an officer, waiting for the neighbour's signature
        String neighbourCase = json.readTree(mvc.perform(post("/api/tenants/humen/cases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "district-membership", "data",
                                Map.of("districtId", humenDistrict, "shopName", "隔壁服装店", "subjectCode", neighbour.code())))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("caseId").asText();
        String neighbourTask = find(read(mvc.perform(get("/api/tenants/humen/tasks"))
                .andReturn().getResponse().getContentAsString()), neighbourCase).get("id").asText();

        mvc.perform(get("/api/tenants/humen/my/cases/" + neighbourCase).with(merchant))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/my/tasks").with(merchant))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(neighbourTask))));
        mvc.perform(post("/api/tenants/humen/my/tasks/" + neighbourTask + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data",
                                Map.of("signatory", "冒签", "signedOn", LocalDate.now().toString())))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/humen/my/district-applications").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("districtId", changanDistrict, "shopName", "越界店"))))
                .andExpect(status().isNotFound());
        // the officer's entry points stay closed to a merchant
        mvc.perform(post("/api/tenants/humen/cases").with(merchant).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "district-membership", "data",
                                Map.of("districtId", humenDistrict, "shopName", "冒名店", "subjectCode", neighbour.code())))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenants/humen/tasks/" + neighbourTask + "/complete").with(merchant)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("data",
                                Map.of("signatory", "冒签", "signedOn", LocalDate.now().toString())))))
                .andExpect(status().isForbidden());
        // another tenant's portal path is unknown; officers have no portal
        mvc.perform(get("/api/tenants/changan/my/archive").with(merchant)).andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/my/archive")).andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/humen/my/archive").with(TestUsers.merchantOf("humen", CODES.next("441900").value())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("No credit subject"));

        // the neighbour's task is still open, unsigned; the merchant has no case at all
        mvc.perform(get("/api/tenants/humen/tasks"))
                .andExpect(jsonPath("$[*].id").value(hasItem(neighbourTask)));
        mvc.perform(get("/api/tenants/humen/my/cases").with(merchant)).andExpect(jsonPath("$.length()").value(0));
    }

    private String started(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                           Map<String, ?> body) throws Exception {
        String response = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("caseId").asText();
    }

    private String district(String tenant) throws Exception {
        String name = "商圈-" + UUID.randomUUID().toString().substring(0, 8);
        String response = mvc.perform(post("/api/tenants/" + tenant + "/districts").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("name", name, "kind", "MALL", "address", "东莞市" + name,
                                "commitmentText", "诚信经营，明码标价"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asText();
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }

    private static JsonNode find(JsonNode tasks, String caseId) {
        for (JsonNode task : tasks) {
            if (task.get("caseId").asText().equals(caseId)) {
                return task;
            }
        }
        throw new AssertionError("no task of case " + caseId + " in " + tasks);
    }

    private SubjectView subject(TenantId tenant, String name) {
        return TenantContext.callAs(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), name + UUID.randomUUID().toString().substring(0, 6), List.of()), "officer"));
    }

    private long record(TenantId tenant, SubjectView subject, RecordKind kind, Severity severity, LocalDate decided,
                        String title) {
        return TenantContext.callAs(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(kind, severity,
                "市场监督管理局", decided, kind == RecordKind.DISHONESTY ? "《企业信息公示暂行条例》第十条" : null, title, null),
                "officer")).id();
    }
}
