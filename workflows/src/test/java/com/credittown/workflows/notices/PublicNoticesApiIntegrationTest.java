package com.credittown.workflows.notices;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.qr.QrCodeReader;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.NominationStatus;
import com.credittown.workflows.star.StarObjection;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public notices and the objection form over REST, without login, on the real engine and PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class PublicNoticesApiIntegrationTest {

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
    CaseService cases;
    @Autowired
    IntegrityStarSelection stars;
    @Autowired
    DistrictService districts;
    @Autowired
    com.credittown.platform.time.PlatformClock clock;
    @Autowired
    com.credittown.platform.web.PublicLinks links;

    /** A network address of this test's own, so the hourly allowance is not shared with other tests. */
    private final String address = "10.7." + new Random().nextInt(250) + "." + new Random().nextInt(250);

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @Test
    void aStarInPublicityIsListedForEveryoneAndAnObjectionIsFiledWithoutPublishingTheObjector() throws Exception {
        SubjectView subject = subject(HUMEN);
        String caseId = starInPublicity(HUMEN, subject);
        String changanCase = starInPublicity(CHANGAN, subject(CHANGAN));

        mvc.perform(get("/api/public/tenants/humen/notices").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stars[*].caseId").value(hasItem(caseId)))
                .andExpect(jsonPath("$.stars[*].caseId").value(not(hasItem(changanCase))))
                .andExpect(jsonPath("$.stars[?(@.caseId=='" + caseId + "')].subjectName").value(subject.name()))
                .andExpect(jsonPath("$.stars[?(@.caseId=='" + caseId + "')].acceptsObjections").value(true));

        String text = "该企业价格 < 10 元 & 质量差，\"假货\"。";
        mvc.perform(object("humen", caseId, Map.of("name", "李四", "contact", "13800000000", "text", text)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").exists());

        List<StarObjection> filed = as(HUMEN, () -> stars.objectionsOf(caseId));
        assertThat(filed).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo(text);
            assertThat(o.objectorName()).isEqualTo("李四");
            assertThat(o.objectorContact()).isEqualTo("13800000000");
        });
        mvc.perform(get("/api/public/tenants/humen/notices").with(anonymous()))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("13800000000"))))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("李四"))));
    }

    @Test
    void theOfficerAnswersThePublicObjectionInTheAnswerStepsForm() throws Exception {
        String caseId = starInPublicity(HUMEN, subject(HUMEN));
        mvc.perform(object("humen", caseId, Map.of("name", "李四", "contact", "13800000000", "text", "请核实其纳税情况")))
                .andExpect(status().isCreated());
        java.time.Instant closes = as(HUMEN, () -> stars.nomination(caseId)).publicityClosesAt();
        try {
            clock.moveTo(closes.plusSeconds(1));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                    as(HUMEN, () -> stars.nomination(caseId)).status() == NominationStatus.OBJECTIONS_PENDING);
        } finally {
            clock.reset();
        }
        // the step's form without an answer is refused while the objection is open
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(HUMEN, caseId,
                        Map.of("objectionOutcome", "dismissed", "objectionConclusion", "异议不成立")))
                .isInstanceOf(com.credittown.platform.web.ConflictException.class);

        complete(HUMEN, caseId, Map.of("objectionOutcome", "dismissed", "objectionAnswer", "经税务部门核实，已足额纳税。",
                "objectionConclusion", "异议不成立"));

        assertThat(as(HUMEN, () -> stars.nomination(caseId)).status()).isEqualTo(NominationStatus.CITY_REVIEW);
        assertThat(as(HUMEN, () -> stars.objectionsOf(caseId))).singleElement().satisfies(o -> {
            assertThat(o.answer()).isEqualTo("经税务部门核实，已足额纳税。");
            assertThat(o.answeredBy()).isEqualTo("officer");
        });
    }

    @Test
    void aBadObjectionIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        String caseId = starInPublicity(HUMEN, subject(HUMEN));

        mvc.perform(object("humen", caseId, Map.of("text", "没有署名")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("contact")));
        mvc.perform(object("humen", caseId, Map.of("name", "王五", "contact", "a@b.cn",
                        "text", "<script>alert('x')</script>")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].code").value("markup"));
        mvc.perform(object("humen", caseId, Map.of("name", "王五", "contact", "a@b.cn", "text", "长".repeat(2001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        assertThat(as(HUMEN, () -> stars.objectionsOf(caseId))).isEmpty();
    }

    @Test
    void objectionsToUnknownOrOtherTenantsNominationsAreNotFoundAndTheHourlyAllowanceIsEnforced() throws Exception {
        String humenCase = starInPublicity(HUMEN, subject(HUMEN));
        Map<String, String> body = Map.of("name", "赵六", "contact", "zhao@example.cn", "text", "请核实");

        mvc.perform(object("changan", humenCase, body)).andExpect(status().isNotFound());
        mvc.perform(object("humen", "no-such-case", body)).andExpect(status().isNotFound());
        mvc.perform(object("nowhere", humenCase, body)).andExpect(status().isNotFound());
        assertThat(as(HUMEN, () -> stars.objectionsOf(humenCase))).isEmpty();

        // the allowance counts every attempt at a known tenant from the address: two were used above
        for (int i = 0; i < 3; i++) {
            mvc.perform(object("humen", humenCase, body)).andExpect(status().isCreated());
        }
        mvc.perform(object("humen", humenCase, body))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("At most 5 objections")));
        assertThat(as(HUMEN, () -> stars.objectionsOf(humenCase))).hasSize(3);
    }

    @Test
    void aDistrictListsItsAdmittedShopsWithRatingAndListingCodeButNotTheApplicants() throws Exception {
        String district = as(HUMEN, () -> districts.create(new NewDistrict("国贸中心-" + UUID.randomUUID().toString()
                .substring(0, 8), DistrictKind.MALL.name(), "东莞市虎门镇", "诚信经营，明码标价"), "officer").id());
        String admitted = "诚信茶行" + UUID.randomUUID().toString().substring(0, 6);
        String waiting = "排队茶行" + UUID.randomUUID().toString().substring(0, 6);
        apply(HUMEN, district, admitted, true);
        apply(HUMEN, district, waiting, false);
        String listingCode = as(HUMEN, () -> districts.shopsOf(district)).get(0).listingCode();

        mvc.perform(get("/api/public/tenants/humen/districts").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(district)));
        mvc.perform(get("/api/public/tenants/humen/districts/" + district + "/shops").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].shopName").value(admitted))
                .andExpect(jsonPath("$[0].listingCode").value(listingCode))
                .andExpect(jsonPath("$[0].subjectCode").doesNotExist());
        mvc.perform(get("/api/public/tenants/changan/districts/" + district + "/shops").with(anonymous()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/public/tenants").with(anonymous()))
                .andExpect(jsonPath("$[*].code").value(hasItem("humen")));
    }

    @Test
    void anAdmittedShopsQrCodeOpensItsPublicListing() throws Exception {
        String district = as(HUMEN, () -> districts.create(new NewDistrict("二维码商圈-" + UUID.randomUUID().toString()
                .substring(0, 8), DistrictKind.MALL.name(), "东莞市虎门镇", "诚信经营，明码标价"), "officer").id());
        String admitted = "挂牌茶行" + UUID.randomUUID().toString().substring(0, 6);
        apply(HUMEN, district, admitted, true);
        String listingCode = as(HUMEN, () -> districts.shopsOf(district)).get(0).listingCode();
        String listingPage = links.publicBaseUrl() + "/public/tenants/humen/shops/" + listingCode;

        byte[] png = mvc.perform(get("/api/public/tenants/humen/shops/" + listingCode + "/qr.png").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(QrCodeReader.decode(png)).isEqualTo(listingPage);
        mvc.perform(get("/api/public/tenants/humen/shops/" + listingCode).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shopName").value(admitted))
                .andExpect(jsonPath("$.districtId").value(district))
                .andExpect(jsonPath("$.publicUrl").value(listingPage))
                .andExpect(jsonPath("$.subjectCode").doesNotExist());
        // another town's path, or a code no member shop has: nothing to show, no QR code
        mvc.perform(get("/api/public/tenants/changan/shops/" + listingCode + "/qr.png").with(anonymous()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/public/tenants/humen/shops/" + listingCode + "x").with(anonymous()))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder object(
            String tenant, String caseId, Map<String, String> body) throws Exception {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return post("/api/public/tenants/" + tenant + "/notices/stars/" + caseId + "/objections")
                .with(anonymous()).with(from)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private void apply(TenantId tenant, String district, String shop, boolean admit) {
        SubjectView subject = subject(tenant);
        String caseId = as(tenant, () -> cases.start("district-membership", "officer", Map.of(
                "districtId", district, "shopName", shop, "subjectCode", subject.code())));
        complete(tenant, caseId, Map.of("signatory", "店主", "signedOn", LocalDate.now().toString()));
        if (admit) {
            complete(tenant, caseId, Map.of("outcome", "passed", "findings", "明码标价，证照齐全"));
        }
    }

    private String starInPublicity(TenantId tenant, SubjectView subject) {
        String round = as(tenant, () -> stars.openRound("公示测试-" + UUID.randomUUID().toString().substring(0, 8),
                "officer").id());
        String caseId = as(tenant, () -> cases.start(IntegrityStarSelection.PROCESS_KEY, "officer", Map.of(
                "roundId", round, "subjectCode", subject.code(), "subjectName", subject.name(),
                "nominatedBy", "town", "reasons", "守法经营十年，无投诉。")));
        complete(tenant, caseId, Map.of("townDecision", "approve", "townOpinion", "同意推荐"));
        return caseId;
    }

    private void complete(TenantId tenant, String caseId, Map<String, ?> data) {
        as(tenant, () -> {
            WorkTask task = cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).findFirst()
                    .orElseThrow();
            cases.complete(task.id(), "officer", data);
            return null;
        });
    }

    private SubjectView subject(TenantId tenant) {
        return as(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, CODES.next("441900").value(),
                "东莞市公示测试" + UUID.randomUUID().toString().substring(0, 6) + "有限公司", List.of()), "officer"));
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
