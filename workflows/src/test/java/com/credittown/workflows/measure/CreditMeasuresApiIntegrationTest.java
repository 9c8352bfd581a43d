package com.credittown.workflows.measure;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
 * The catalogue of credit measures (信用措施清单) on the real application and PostgreSQL: the city office drafts a measure
 * with a checked legal basis, another of its officers reviews it, it is put in use and withdrawn; a town applies a
 * measure in use to a subject its city-wide archive qualifies, is refused one it does not qualify for, and reports the
 * effect; another town sees none of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditMeasuresApiIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    static final String INCENTIVE_BASIS = "东府办〔2024〕6号（十一）：“对守信主体给予优惠、便利或优待”；市信用办设置：信用等级为A或获得诚信荣誉的主体办理行政许可时容缺受理";
    static final String PENALTY_BASIS = "东府办〔2024〕6号（一）：“落实信用措施审查机制和失信惩戒运行反馈机制”；市信用办设置：信用等级为C、D的主体列为重点监管对象，提高抽查比例";

    private static final RequestPostProcessor DRAFTER = TestUsers.cityOffice();
    private static final RequestPostProcessor REVIEWER = TestUsers.user("city.reviewer", null, Set.of(Roles.CITY_OFFICE),
            null, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @Test
    void aMeasureIsUsedOnlyOnceReviewedAndPutInUseAndNotAfterItsWithdrawal() throws Exception {
        String id = draft("INCENTIVE", "容缺受理-" + suffix(), INCENTIVE_BASIS, List.of("A"), true);
        SubjectView clean = subject(HUMEN, "东莞市虎门镇守信商行");
        assertThat(gradeOf(clean)).isEqualTo(Grade.A);

        // a draft is not in the towns' list and is not applied
        mvc.perform(get("/api/tenants/humen/credit-measures").with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
        apply("humen", id, clean.code()).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // nor put in use before its review, and its drafter does not review it
        mvc.perform(post("/api/city/credit-measures/" + id + "/in-use").with(DRAFTER)).andExpect(status().isConflict());
        mvc.perform(jsonBody(post("/api/city/credit-measures/" + id + "/review"), Map.of("opinion", "同意")).with(DRAFTER))
                .andExpect(status().isConflict());

        mvc.perform(jsonBody(post("/api/city/credit-measures/" + id + "/review"), Map.of("opinion", "依据与适用对象审查通过"))
                        .with(REVIEWER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.reviewedBy").value("city.reviewer"));
        // reviewed, no longer revised
        mvc.perform(jsonBody(put("/api/city/credit-measures/" + id), draftBody("INCENTIVE", "改名-" + suffix(),
                INCENTIVE_BASIS, List.of("A"), true)).with(DRAFTER)).andExpect(status().isConflict());
        apply("humen", id, clean.code()).andExpect(status().isConflict());

        mvc.perform(post("/api/city/credit-measures/" + id + "/in-use").with(DRAFTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_USE"));
        mvc.perform(get("/api/tenants/humen/credit-measures").with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(hasItem(id)));
        apply("humen", id, clean.code()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.grade").value("A"))
                .andExpect(jsonPath("$.qualifiedBy").value("信用等级 A"));

        mvc.perform(jsonBody(post("/api/city/credit-measures/" + id + "/withdrawal"), Map.of("reason", "政策调整"))
                        .with(DRAFTER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        apply("humen", id, clean.code()).andExpect(status().isConflict());
    }

    @Test
    void aLegalBasisMustSayOnlyWhatItsDocumentsSay() throws Exception {
        // "容缺受理" is not the plan's sentence: quoting it as the plan's is refused, naming the field
        mvc.perform(jsonBody(post("/api/city/credit-measures"), draftBody("INCENTIVE", "绿色通道-" + suffix(),
                        "东府办〔2024〕6号（十一）：“对守信主体实行容缺受理”", List.of("A"), false)).with(DRAFTER))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("legalBasis")));
        // a document the sources file does not hold
        mvc.perform(jsonBody(post("/api/city/credit-measures"), draftBody("PENALTY", "限制-" + suffix(),
                        "国发〔2016〕33号", List.of("D"), false)).with(DRAFTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("legalBasis")));
        // an honour never qualifies for a penalty; grades are required
        mvc.perform(jsonBody(post("/api/city/credit-measures"), draftBody("PENALTY", "限制-" + suffix(),
                        PENALTY_BASIS, List.of(), true)).with(DRAFTER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("grades")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("honoursQualify")));
        // the plan quoted, and the city's own choice as its setting: accepted
        draft("INCENTIVE", "绿色通道-" + suffix(), "东府办〔2024〕6号（十一）：“对守信主体给予优惠、便利或优待”；市信用办设置：开设绿色通道",
                List.of("A"), false);
        // towns do not write the catalogue
        mvc.perform(jsonBody(post("/api/city/credit-measures"), draftBody("INCENTIVE", "镇自设-" + suffix(),
                        INCENTIVE_BASIS, List.of("A"), false)).with(TestUsers.officerOf("humen")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTownAppliesAMeasureOnlyToASubjectTheArchiveQualifies() throws Exception {
        String incentive = inUse("INCENTIVE", "容缺受理-" + suffix(), INCENTIVE_BASIS, List.of("A"), true);
        String penalty = inUse("PENALTY", "重点监管-" + suffix(), PENALTY_BASIS, List.of("C", "D"), false);
        SubjectView clean = subject(HUMEN, "东莞市虎门镇守信商行");
        // recorded by another town: the archive is one for the whole city
        SubjectView dishonest = subject(CHANGAN, "东莞市长安镇失信商行");
        record(CHANGAN, dishonest, RecordKind.DISHONESTY, Severity.SEVERE, "拒不履行法定义务");
        SubjectView honoured = subject(HUMEN, "东莞市虎门镇荣誉商行");
        // two general records (-15 each) and an honour (+5): 75 points, grade B (the city's scoring model)
        record(HUMEN, honoured, RecordKind.DISHONESTY, Severity.GENERAL, "逾期申报");
        record(HUMEN, honoured, RecordKind.DISHONESTY, Severity.GENERAL, "未按期年报");
        record(HUMEN, honoured, RecordKind.HONOUR, null, "诚信之星");
        Grade dishonestGrade = gradeOf(dishonest);
        Grade honouredGrade = gradeOf(honoured);
        assertThat(dishonestGrade).isIn(Grade.C, Grade.D);

        // the incentive: grade A qualifies; a grade C/D subject is refused with the reason, nothing recorded
        apply("humen", incentive, clean.code()).andExpect(status().isCreated());
        apply("humen", incentive, dishonest.code()).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("subjectCode"))
                .andExpect(jsonPath("$.errors[0].code").value("not-qualified"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("信用等级为 " + dishonestGrade)));
        // an honour in effect qualifies a subject graded B for an incentive that admits honours, not for one that
        // does not
        assertThat(honouredGrade).isEqualTo(Grade.B);
        apply("humen", incentive, honoured.code()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.grade").value("B"))
                .andExpect(jsonPath("$.qualifiedBy").value(containsString("荣誉：诚信之星")));
        String gradeAOnly = inUse("INCENTIVE", "绿色通道-" + suffix(), INCENTIVE_BASIS, List.of("A"), false);
        apply("humen", gradeAOnly, honoured.code()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-qualified"));
        mvc.perform(get("/api/tenants/humen/credit-measures/" + incentive + "/qualification")
                        .param("subjectCode", dishonest.code()).with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.qualifies").value(false));

        // the penalty: the grade C/D subject qualifies, the grade A one is refused
        apply("humen", penalty, dishonest.code()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.grade").value(dishonestGrade.name()));
        apply("humen", penalty, clean.code()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-qualified"));
        // unknown subject and measure: problem+json 404
        apply("humen", penalty, CODES.next("441900").value()).andExpect(status().isNotFound());
        apply("humen", UUID.randomUUID().toString(), clean.code()).andExpect(status().isNotFound());
    }

    @Test
    void theTownReportsTheEffectOnceAndAnotherTownSeesNothing() throws Exception {
        String incentive = inUse("INCENTIVE", "绿色通道-" + suffix(), INCENTIVE_BASIS, List.of("A"), false);
        SubjectView clean = subject(HUMEN, "东莞市虎门镇守信商行");
        JsonNode applied = json.readTree(apply("humen", incentive, clean.code()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        String id = applied.get("id").asText();

        mvc.perform(jsonBody(post("/api/tenants/humen/credit-measures/applications/" + id + "/feedback"),
                        Map.of("feedback", "x")).with(TestUsers.officerOf("humen")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(hasItem("effect")));
        // another town: not found, and not listed
        mvc.perform(jsonBody(post("/api/tenants/changan/credit-measures/applications/" + id + "/feedback"),
                        Map.of("effect", "EFFECTIVE", "feedback", "冒充")).with(TestUsers.officerOf("changan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/changan/credit-measures/applications").with(TestUsers.officerOf("changan")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(not(hasItem(id))));

        mvc.perform(jsonBody(post("/api/tenants/humen/credit-measures/applications/" + id + "/feedback"),
                        Map.of("effect", "EFFECTIVE", "feedback", "3个工作日内办结许可，企业满意")).with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.effect").value("EFFECTIVE"))
                .andExpect(jsonPath("$.feedbackBy").value("humen.officer"));
        mvc.perform(jsonBody(post("/api/tenants/humen/credit-measures/applications/" + id + "/feedback"),
                        Map.of("effect", "NOT_EFFECTIVE", "feedback", "改口")).with(TestUsers.officerOf("humen")))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/tenants/humen/credit-measures/applications").with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(hasItem(id)));
        // a merchant reads neither the catalogue nor the applications
        mvc.perform(get("/api/tenants/humen/credit-measures/applications")
                        .with(TestUsers.merchantOf("humen", clean.code())))
                .andExpect(status().isForbidden());
    }

    private String inUse(String kind, String name, String basis, List<String> grades, boolean honours) throws Exception {
        String id = draft(kind, name, basis, grades, honours);
        mvc.perform(jsonBody(post("/api/city/credit-measures/" + id + "/review"), Map.of("opinion", "审查通过"))
                .with(REVIEWER)).andExpect(status().isOk());
        mvc.perform(post("/api/city/credit-measures/" + id + "/in-use").with(DRAFTER)).andExpect(status().isOk());
        return id;
    }

    private String draft(String kind, String name, String basis, List<String> grades, boolean honours) throws Exception {
        String body = mvc.perform(jsonBody(post("/api/city/credit-measures"), draftBody(kind, name, basis, grades,
                        honours)).with(DRAFTER))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asText();
    }

    private static Map<String, Object> draftBody(String kind, String name, String basis, List<String> grades,
                                                 boolean honours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("content", "对符合条件的主体实施" + name);
        body.put("legalBasis", basis);
        body.put("grades", grades);
        body.put("honoursQualify", honours);
        return body;
    }

    private ResultActions apply(String tenant, String measureId, String code) throws Exception {
        return mvc.perform(jsonBody(post("/api/tenants/" + tenant + "/credit-measures/applications"),
                Map.of("measureId", measureId, "subjectCode", code, "matter", "食品经营许可申请"))
                .with(TestUsers.officerOf(tenant)));
    }

    private MockHttpServletRequestBuilder jsonBody(MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private SubjectView subject(TenantId tenant, String name) {
        return TenantContext.callAs(tenant, () -> subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), name, List.of()), "officer-a"));
    }

    private void record(TenantId tenant, SubjectView subject, RecordKind kind, Severity severity, String title) {
        TenantContext.callAs(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(kind, severity,
                "市场监督管理局", LocalDate.now().minusDays(5), kind == RecordKind.DISHONESTY ? "《某条例》第十条" : null,
                title, null), "officer-a"));
    }

    private Grade gradeOf(SubjectView subject) {
        return TenantContext.callAs(HUMEN, () -> archive.archiveOf(subject.id()).grade());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
