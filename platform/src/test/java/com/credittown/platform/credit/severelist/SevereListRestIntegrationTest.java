package com.credittown.platform.credit.severelist;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.merchantOf;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditRestFixture;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.credit.rule.Verdict;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
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
 * The severe-dishonesty list as its users meet it over REST: 长安 proposes a subject on its own severe record, serves
 * the notice, the merchant states its case, the city office decides, the list feeds grading, decisions, the archive
 * and the public list, and the subject leaves the list with a reason.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SevereListRestIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final TenantId CHANGAN = new TenantId("changan");
    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformClock clock;
    @Autowired
    CreditDecisions decisions;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    AuditLog audit;

    private CreditRestFixture fixture;
    private String code;
    private long subjectId;
    private long severeRecord;
    private long generalRecord;

    @BeforeEach
    void subjectWithASevereRecordOfChangan() throws Exception {
        TenantFixtures.register(directory);
        fixture = new CreditRestFixture(mvc, json);
        code = CODES.next("441900").value();
        subjectId = fixture.subjectOfChangan(code, "东莞市长安失信测试有限公司");
        severeRecord = fixture.id(record("SEVERE", "拖欠农民工工资"));
        generalRecord = fixture.id(record("GENERAL", "未按期报送年报"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions record(String severity, String title) throws Exception {
        return fixture.record(subjectId, "DISHONESTY", severity, "人力资源和社会保障局", LocalDate.now(clock), title);
    }

    private String proposal(long... records) {
        return CreditRestFixture.proposal(subjectId, records);
    }

    private ResultActions propose(RequestPostProcessor user, String tenant, String body) throws Exception {
        return fixture.send(post("/api/tenants/" + tenant + "/severe-list/proposals"), user, body);
    }

    /** 长安 proposes on its severe record and serves the notice; returns the proposal's id. */
    private long proposedAndNotified() throws Exception {
        long entry = fixture.id(propose(officerOf("changan"), "changan", proposal(severeRecord))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PROPOSED")));
        mvc.perform(post("/api/tenants/changan/severe-list/proposals/{id}/notice", entry).with(officerOf("changan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOTICE_SERVED"))
                .andExpect(jsonPath("$.statementDue").isNotEmpty());
        return entry;
    }

    private ResultActions decide(long entry, String body) throws Exception {
        return fixture.send(post("/api/city/severe-list/{id}/decision", entry), cityOffice(), body);
    }

    @Test
    void aProposalWithoutASevereRecordInPublicityIsRefusedNamingTheField() throws Exception {
        propose(officerOf("changan"), "changan", proposal())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("recordIds"))
                .andExpect(jsonPath("$.errors[0].code").value("no-severe-record"));
        propose(officerOf("changan"), "changan", proposal(generalRecord))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("not-severe"));
        propose(officerOf("changan"), "changan", """
                {"subjectId": %d, "recordIds": [%d]}""".formatted(subjectId, severeRecord))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("grounds")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("legalBasis")));
        // nothing was proposed
        mvc.perform(get("/api/tenants/changan/severe-list/proposals").with(officerOf("changan")))
                .andExpect(jsonPath("$[*].subjectId", not(hasItem((int) subjectId))));
    }

    @Test
    void anotherTenantCannotProposeOnRecordsItDidNotMakeNorTouchAnotherTenantsProposal() throws Exception {
        propose(officerOf("humen"), "humen", proposal(severeRecord))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Recorded by another authority"));
        long entry = fixture.id(propose(officerOf("changan"), "changan", proposal(severeRecord))
                .andExpect(status().isCreated()));

        mvc.perform(post("/api/tenants/humen/severe-list/proposals/{id}/notice", entry).with(officerOf("humen")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/severe-list/proposals/{id}", entry).with(officerOf("humen")))
                .andExpect(status().isNotFound());
        // the city office does not decide before the notice is served; an officer does not decide at all
        decide(entry, """
                {"include": true, "reason": "x"}""").andExpect(status().isConflict());
        fixture.send(post("/api/city/severe-list/{id}/decision", entry), officerOf("changan"), """
                {"include": true, "reason": "越权"}""").andExpect(status().isForbidden());
        // a second proposal on the same subject while one is open
        propose(officerOf("changan"), "changan", proposal(severeRecord)).andExpect(status().isConflict());
        // only the proposing town withdraws it, with the reason; then it may propose again
        fixture.send(post("/api/tenants/humen/severe-list/proposals/{id}/withdrawal", entry), officerOf("humen"), """
                {"reason": "越权撤回"}""").andExpect(status().isNotFound());
        fixture.send(post("/api/tenants/changan/severe-list/proposals/{id}/withdrawal", entry), officerOf("changan"),
                """
                {"reason": ""}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixture.send(post("/api/tenants/changan/severe-list/proposals/{id}/withdrawal", entry), officerOf("changan"),
                """
                {"reason": "当事人已支付全部拖欠工资"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        propose(officerOf("changan"), "changan", proposal(severeRecord)).andExpect(status().isCreated());
    }

    @Test
    void theSubjectStatesItsCaseTheCityIncludesItAndEveryDecisionReadsTheList() throws Exception {
        long entry = proposedAndNotified();
        RequestPostProcessor merchant = merchantOf("humen", code);
        RequestPostProcessor stranger = merchantOf("humen", CODES.next("441900").value());

        // the merchant sees only its own notice
        mvc.perform(get("/api/tenants/humen/my/severe-list-notices").with(merchant))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(entry))
                .andExpect(jsonPath("$[0].grounds").value(containsString("拖欠农民工工资")));
        mvc.perform(get("/api/tenants/humen/my/severe-list-notices").with(stranger))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) entry))));
        fixture.send(post("/api/tenants/humen/my/severe-list-notices/{id}/statement", entry), stranger, """
                {"statement": "不是我"}""").andExpect(status().isNotFound());
        // the city does not decide while the period runs and no statement is in
        decide(entry, """
                {"include": true, "reason": "情节严重"}""").andExpect(status().isConflict());

        fixture.send(post("/api/tenants/humen/my/severe-list-notices/{id}/statement", entry), merchant, """
                {"statement": "已于上周支付全部工资，请求不予列入"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("STATEMENT_RECEIVED"));
        fixture.send(post("/api/tenants/humen/my/severe-list-notices/{id}/statement", entry), merchant, """
                {"statement": "再说一次"}""").andExpect(status().isConflict());

        decide(entry, """
                {"include": true, "reason": "陈述申辩理由不成立", "listedUntil": "%s"}"""
                .formatted(LocalDate.now(clock).plusYears(5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("listedUntil"));
        decide(entry, """
                {"include": true, "reason": "陈述申辩理由不成立"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LISTED"))
                .andExpect(jsonPath("$.listedUntil").value(LocalDate.now(clock).plusYears(3).toString()));

        // grade D and the entry in the archive, for another town too
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", subjectId).with(officerOf("humen")))
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.records[*].kind", hasItem("SEVERE_LIST")));
        mvc.perform(get("/api/tenants/humen/severe-list").with(officerOf("humen")))
                .andExpect(jsonPath("$[*].subjectCode", hasItem(code)))
                .andExpect(jsonPath("$[*].statement", not(hasItem("已于上周支付全部工资，请求不予列入"))));
        mvc.perform(get("/api/tenants/changan/severe-list").with(officerOf("changan")))
                .andExpect(jsonPath("$[?(@.id == %d)].statement".formatted(entry))
                        .value(hasItem("已于上周支付全部工资，请求不予列入")));
        mvc.perform(get("/api/public/severe-list"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subjectCode", hasItem(code)))
                .andExpect(jsonPath("$[*].subjectName", hasItem("东莞市长安失信测试有限公司")));

        // every decision refuses, naming the list rule and its basis
        for (Decision decision : new Decision[] {Decision.STAR_NOMINATION, Decision.DISTRICT_ADMISSION,
                Decision.COMMITMENT}) {
            Verdict verdict = TenantContext.callAs(HUMEN, () -> decisions.decide(decision, code,
                    Arguments.parameter("minimumGrade", "B")));
            assertThat(verdict.breaches()).as(decision.name())
                    .anySatisfy(b -> assertThat(b.rule().id()).isEqualTo("not-on-severe-list"));
            assertThat(verdict.reasons(Locale.SIMPLIFIED_CHINESE)).as(decision.name())
                    .anySatisfy(r -> assertThat(r).contains("已列入严重失信主体名单").contains("市信用办设置"));
        }
        Verdict report = TenantContext.callAs(HUMEN, () -> decisions.decide(Decision.REPORT_CERTIFICATE, code,
                Arguments.period(LocalDate.now(clock).minusMonths(1), LocalDate.now(clock))));
        assertThat(report.allowed()).isFalse();
        assertThat(report.breaches()).anySatisfy(b -> assertThat(b.rule().id())
                .isEqualTo("not-on-severe-list-during-period"));

        // the entry record leaves publicity only by removal from the list
        JsonNode archive = json.readTree(mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId)
                .with(officerOf("changan"))).andReturn().getResponse().getContentAsString());
        long listRecord = 0;
        for (JsonNode r : archive.get("records")) {
            if (r.get("kind").asText().equals("SEVERE_LIST")) {
                listRecord = r.get("id").asLong();
            }
        }
        fixture.send(post("/api/tenants/changan/records/{id}/end-publicity", listRecord), officerOf("changan"), """
                {"reason": "自行移出"}""").andExpect(status().isConflict());
        fixture.send(post("/api/tenants/changan/subjects/{id}/records", subjectId), officerOf("changan"), """
                {"kind": "SEVERE_LIST", "severity": "SEVERE", "department": "x", "decisionDate": "%s",
                 "legalBasis": "x", "title": "手工列入"}""".formatted(LocalDate.now(clock)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("severe-list-by-decision"));

        // removal after credit repair, with the reason; the public list no longer shows it
        fixture.send(post("/api/city/severe-list/{id}/removal", entry), cityOffice(), """
                {"reason": "PERIOD_ENDED", "note": "x"}""").andExpect(status().isBadRequest());
        fixture.send(post("/api/city/severe-list/{id}/removal", entry), cityOffice(), """
                {"reason": "CREDIT_REPAIRED", "note": "已完成信用修复"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"))
                .andExpect(jsonPath("$.removalReason").value("CREDIT_REPAIRED"));
        mvc.perform(get("/api/public/severe-list"))
                .andExpect(jsonPath("$[*].subjectCode", not(hasItem(code))));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")))
                .andExpect(jsonPath("$.records[?(@.kind == 'SEVERE_LIST')].publicityEndReason")
                        .value(hasItem("REMOVED_FROM_LIST")));
        assertThat(TenantContext.callAs(CHANGAN, () -> audit.trailOf(SevereList.AUDIT_SUBJECT, String.valueOf(entry))))
                .extracting(e -> e.action())
                .containsExactly("SEVERE_LIST_PROPOSED", "SEVERE_LIST_NOTICE_SERVED", "SEVERE_LIST_STATEMENT",
                        "SEVERE_LIST_INCLUDED", "SEVERE_LIST_REMOVED");
    }

    @Test
    void aStatementAfterThePeriodIsRefusedAndTheCityMayThenDeclineOrIncludeUntilThePeriodEnds() throws Exception {
        long entry = proposedAndNotified();
        clock.moveTo(LocalDate.now(clock).plusDays(20).atStartOfDay(PlatformClock.CITY_ZONE).plusHours(10)
                .toInstant());

        fixture.send(post("/api/tenants/humen/my/severe-list-notices/{id}/statement", entry), merchantOf("humen", code),
                """
                {"statement": "迟到的申辩"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("statement-and-defence period")));
        decide(entry, """
                {"include": false, "reason": "已支付拖欠工资，不予列入"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")))
                .andExpect(jsonPath("$.records[*].kind", not(hasItem("SEVERE_LIST"))));

        // declined: the town may propose again; included with a short period, the list ends by itself
        long again = proposedAndNotified();
        clock.moveTo(LocalDate.now(clock).plusDays(20).atStartOfDay(PlatformClock.CITY_ZONE).plusHours(10)
                .toInstant());
        LocalDate until = LocalDate.now(clock).plusDays(2);
        decide(again, """
                {"include": true, "reason": "逾期未陈述申辩", "listedUntil": "%s"}""".formatted(until))
                .andExpect(jsonPath("$.status").value("LISTED"));
        clock.moveTo(until.atStartOfDay(PlatformClock.CITY_ZONE).plusHours(2).toInstant());
        TenantContext.callAs(CHANGAN, publicity::endExpiredPublicity);
        mvc.perform(get("/api/city/severe-list").param("status", "REMOVED").with(cityOffice()))
                .andExpect(jsonPath("$[?(@.id == %d)].removalReason".formatted(again)).value(hasItem("PERIOD_ENDED")));
    }
}
