package com.credittown.platform.credit.objection;

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
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditDecisions;
import com.credittown.platform.credit.CreditRestFixture;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.rule.Arguments;
import com.credittown.platform.credit.rule.Decision;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
 * Objections as their users meet them over REST: 长安 recorded a severe record; the subject's merchant (in 虎门's
 * portal) or an officer objects; 长安 examines it within the city's working days while the record is 异议处理中 and
 * its effect suspended (the default setting); 长安 upholds (revoke, correct, repair) or rejects; other towns do not see
 * it; the city office sees all and decides none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ObjectionRestIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformClock clock;
    @Autowired
    AuditLog audit;
    @Autowired
    CreditDecisions decisions;
    @Autowired
    CreditArchive archive;
    @Autowired
    CityWrites city;
    @Autowired
    CityReads cityReads;

    private CreditRestFixture fixture;
    private String code;
    private long subjectId;
    private long severeRecord;

    @BeforeEach
    void subjectWithASevereRecordOfChangan() throws Exception {
        TenantFixtures.register(directory);
        directory.register(new TenantId("songshanhu"), "松山湖", TenantKind.PARK);
        fixture = new CreditRestFixture(mvc, json);
        code = CODES.next("441900").value();
        subjectId = fixture.subjectOfChangan(code, "东莞市长安异议测试有限公司");
        severeRecord = fixture.id(record("DISHONESTY", "SEVERE", LocalDate.now(clock), "拖欠农民工工资"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions record(String kind, String severity, LocalDate decided, String title) throws Exception {
        return fixture.record(subjectId, kind, severity, "长安镇人力资源和社会保障分局", decided, title);
    }

    private ResultActions merchantRaises(long record, String concerns) throws Exception {
        return fixture.send(post("/api/tenants/humen/my/objections"), merchantOf("humen", code), """
                {"recordId": %d, "concerns": "%s", "reasons": "工资已于处罚前全部支付，记录有误"}"""
                .formatted(record, concerns));
    }

    private ResultActions decide(RequestPostProcessor user, String tenant, long objection, String body)
            throws Exception {
        return fixture.send(post("/api/tenants/" + tenant + "/objections/{id}/decision", objection), user, body);
    }

    private ResultActions archiveAsChangan() throws Exception {
        return mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")));
    }

    @Test
    void theMerchantObjectsTheRecordIsSuspendedWhileExaminedAndTheOwnerUpholdsByRevokingIt() throws Exception {
        archiveAsChangan().andExpect(jsonPath("$.grade").value("D"));
        assertThat(TenantContext.callAs(new TenantId("humen"), () -> decisions.decide(Decision.COMMITMENT,
                code, Arguments.parameter("minimumGrade", "D"))).allowed()).isFalse();
        long objection = fixture.id(merchantRaises(severeRecord, "RECORD")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("EXAMINING"))
                .andExpect(jsonPath("$.ownerTenant").value("changan"))
                .andExpect(jsonPath("$.raisedInTenant").value("humen"))
                .andExpect(jsonPath("$.onBehalf").value(false))
                .andExpect(jsonPath("$.effectSuspended").value(true))
                .andExpect(jsonPath("$.due").isNotEmpty())
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.basis").value(containsString("信用主体可对失信记录和修复结果提出异议申诉")))
                .andExpect(jsonPath("$.basis").value(containsString("市信用办设置："))));

        // 异议处理中: the record is marked, does not count for the grade nor the decisions, and is not published
        archiveAsChangan()
                .andExpect(jsonPath("$.grade").value(not("D")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(severeRecord))
                        .value(hasItem(true)))
                .andExpect(jsonPath("$.records[?(@.id == %d)].open".formatted(severeRecord)).value(hasItem(false)));
        assertThat(TenantContext.callAs(new TenantId("humen"), () -> decisions.decide(Decision.COMMITMENT,
                code, Arguments.parameter("minimumGrade", "D"))).allowed()).isTrue();
        mvc.perform(get("/api/tenants/songshanhu/subjects/{id}/archive", subjectId).with(officerOf("songshanhu")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[?(@.id == %d)]".formatted(severeRecord)).isEmpty());
        // a second objection to the same record while one is examined
        merchantRaises(severeRecord, "RECORD").andExpect(status().isConflict());

        // another town neither sees nor decides it; the town the merchant raised it in sees it but does not decide;
        // the city office sees every town's and decides none
        mvc.perform(get("/api/tenants/songshanhu/objections/{id}", objection).with(officerOf("songshanhu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/songshanhu/objections").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) objection))));
        decide(officerOf("songshanhu"), "songshanhu", objection, """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/objections/{id}", objection).with(officerOf("humen")))
                .andExpect(status().isOk());
        decide(officerOf("humen"), "humen", objection, """
                {"upheld": true, "reason": "越权"}""")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/city/objections").with(cityOffice()))
                .andExpect(jsonPath("$[*].id", hasItem((int) objection)));
        mvc.perform(get("/api/city/objections").with(officerOf("changan"))).andExpect(status().isForbidden());
        decide(cityOffice(), "changan", objection, """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isForbidden());

        // the owner examines and upholds: the record is revoked, the grade follows, the merchant reads the decision
        mvc.perform(get("/api/tenants/changan/objections").param("status", "EXAMINING").with(officerOf("changan")))
                .andExpect(jsonPath("$[*].id", hasItem((int) objection)));
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": true, "reason": "经核查工资已在处罚决定前支付，撤销该记录"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.outcome").value("REVOKED"));
        archiveAsChangan()
                .andExpect(jsonPath("$.grade").value(not("D")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(severeRecord))
                        .value(hasItem("REVOKED_ON_OBJECTION")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(severeRecord))
                        .value(hasItem(false)));
        mvc.perform(get("/api/tenants/humen/my/objections").with(merchantOf("humen", code)))
                .andExpect(jsonPath("$[0].id").value(objection))
                .andExpect(jsonPath("$[0].status").value("UPHELD"))
                .andExpect(jsonPath("$[0].decisionReason").value(containsString("撤销该记录")));
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": false, "reason": "再议"}""").andExpect(status().isConflict());
        assertThat(TenantContext.callAs(new TenantId("changan"),
                () -> audit.trailOf(CreditObjections.AUDIT_SUBJECT, String.valueOf(objection))))
                .extracting(e -> e.action()).containsExactly("OBJECTION_RAISED", "OBJECTION_UPHELD");
    }

    /**
     * A record the city recorded (a city department: no owning tenant) is examined by the city office, its owner, with
     * the same flow: the merchant objects in its portal, the record is suspended, the raising town reads but does not
     * decide, another town does not see it, the merchant cannot decide, the city office upholds on its own path.
     */
    @Test
    void anObjectionToTheCitysOwnRecordIsExaminedAndDecidedByTheCityOffice() throws Exception {
        long cityRecord = city.write(() -> archive.addRecord(subjectId, new RecordDetails(RecordKind.DISHONESTY,
                Severity.SEVERE, "东莞市人力资源和社会保障局", LocalDate.now(clock), "《保障农民工工资支付条例》第四十八条",
                "市级认定拖欠农民工工资", null), "city-officer")).id();
        long objection = fixture.id(merchantRaises(cityRecord, "RECORD")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("EXAMINING"))
                .andExpect(jsonPath("$.ownerTenant").doesNotExist())
                .andExpect(jsonPath("$.raisedInTenant").value("humen"))
                .andExpect(jsonPath("$.effectSuspended").value(true)));
        // suspended: the city office reads it marked, a town no longer reads it
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(cityOffice()))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(cityRecord))
                        .value(hasItem(true)));
        archiveAsChangan()
                .andExpect(jsonPath("$.records[?(@.id == %d)]".formatted(cityRecord)).isEmpty());

        // another town: not found (read, list, decide); the merchant: refused; the raising town reads, cannot decide
        mvc.perform(get("/api/tenants/songshanhu/objections/{id}", objection).with(officerOf("songshanhu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/songshanhu/objections").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) objection))));
        decide(officerOf("songshanhu"), "songshanhu", objection, """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isNotFound());
        fixture.send(post("/api/city/objections/{id}/decision", objection), officerOf("songshanhu"), """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isForbidden());
        decide(merchantOf("humen", code), "humen", objection, """
                {"upheld": true, "reason": "自己答复"}""").andExpect(status().isForbidden());
        fixture.send(post("/api/city/objections/{id}/decision", objection), merchantOf("humen", code), """
                {"upheld": true, "reason": "自己答复"}""").andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/humen/objections/{id}", objection).with(officerOf("humen")))
                .andExpect(status().isOk());
        decide(officerOf("humen"), "humen", objection, """
                {"upheld": true, "reason": "代为答复"}""").andExpect(status().isForbidden());
        // the city office on a tenant's path acts for that tenant: it decides only on its own path
        decide(cityOffice(), "changan", objection, """
                {"upheld": true, "reason": "路径不对"}""").andExpect(status().isForbidden());

        mvc.perform(get("/api/city/objections/{id}", objection).with(cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("EXAMINING"));
        fixture.send(post("/api/city/objections/{id}/decision", objection), cityOffice(), """
                {"upheld": true}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        fixture.send(post("/api/city/objections/{id}/decision", objection), cityOffice(), """
                {"upheld": true, "reason": "经复核，工资已于处罚前支付，撤销该记录"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.outcome").value("REVOKED"));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(cityOffice()))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(cityRecord))
                        .value(hasItem("REVOKED_ON_OBJECTION")));
        mvc.perform(get("/api/tenants/humen/my/objections").with(merchantOf("humen", code)))
                .andExpect(jsonPath("$[0].id").value(objection))
                .andExpect(jsonPath("$[0].status").value("UPHELD"));
        fixture.send(post("/api/city/objections/{id}/decision", objection), cityOffice(), """
                {"upheld": false, "reason": "再议"}""").andExpect(status().isConflict());
        assertThat(cityReads.read(() -> audit.trailOf(CreditObjections.AUDIT_SUBJECT, String.valueOf(objection))))
                .extracting(e -> e.action()).containsExactly("OBJECTION_RAISED", "OBJECTION_UPHELD");
    }

    /** The city office's decision path does not decide a tenant's objection: its recording tenant does. */
    @Test
    void theCityOfficeDoesNotDecideATownsObjectionOnItsOwnPath() throws Exception {
        long objection = fixture.id(merchantRaises(severeRecord, "RECORD").andExpect(status().isCreated()));
        fixture.send(post("/api/city/objections/{id}/decision", objection), cityOffice(), """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isForbidden());
    }

    @Test
    void anOfficerObjectsOnTheSubjectsBehalfAndTheOwnerRejectsWithReasonsTheRecordTakesEffectAgain() throws Exception {
        fixture.send(post("/api/tenants/changan/objections"), officerOf("changan"), """
                {"recordId": %d}""".formatted(severeRecord))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        long objection = fixture.id(fixture.send(post("/api/tenants/changan/objections"), officerOf("changan"), """
                {"recordId": %d, "reasons": "当事人来电称已支付，代为提出"}""".formatted(severeRecord))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.onBehalf").value(true))
                .andExpect(jsonPath("$.concerns").value("RECORD")));
        archiveAsChangan().andExpect(jsonPath("$.grade").value(not("D")));

        decide(officerOf("changan"), "changan", objection, """
                {"upheld": false, "reason": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": false, "reason": "经核查工资至今未支付，异议不成立"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.outcome").value("REJECTED"));
        archiveAsChangan()
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.records[?(@.id == %d)].state".formatted(severeRecord)).value(hasItem("PUBLISHED")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(severeRecord))
                        .value(hasItem(false)))
                .andExpect(jsonPath("$.records[?(@.id == %d)].open".formatted(severeRecord)).value(hasItem(true)));
        mvc.perform(get("/api/tenants/humen/my/objections").with(merchantOf("humen", code)))
                .andExpect(jsonPath("$[0].status").value("REJECTED"))
                .andExpect(jsonPath("$[0].decisionReason").value("经核查工资至今未支付，异议不成立"));
    }

    @Test
    void anUpheldObjectionCorrectsTheRecordByReplacingIt() throws Exception {
        long objection = fixture.id(merchantRaises(severeRecord, "RECORD").andExpect(status().isCreated()));
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": true, "outcome": "CORRECTED", "reason": "x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("correction"));
        long corrected = json.readTree(decide(officerOf("changan"), "changan", objection, """
                {"upheld": true, "outcome": "CORRECTED", "reason": "拖欠数额认定有误，应为一般失信",
                 "correction": {"severity": "GENERAL", "title": "拖欠农民工工资（已更正）"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("CORRECTED"))
                .andExpect(jsonPath("$.correctedRecordId").isNumber())
                .andReturn().getResponse().getContentAsString()).get("correctedRecordId").asLong();
        archiveAsChangan()
                .andExpect(jsonPath("$.grade").value(not("D")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(severeRecord))
                        .value(hasItem("REVOKED_ON_OBJECTION")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].severity".formatted(corrected)).value(hasItem("GENERAL")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].title".formatted(corrected))
                        .value(hasItem("拖欠农民工工资（已更正）")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].ownerTenant".formatted(corrected))
                        .value(hasItem("changan")));
    }

    @Test
    void anUpheldObjectionToARepairResultEndsThePublicityByRepair() throws Exception {
        long general = fixture.id(record("DISHONESTY", "GENERAL", LocalDate.now(clock).minusMonths(4), "未按期报送年报"));
        long objection = fixture.id(merchantRaises(general, "REPAIR_RESULT")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.concerns").value("REPAIR_RESULT")));
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": true, "reason": "已履行义务，最短公示期已满，准予修复"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("REPAIRED"));
        archiveAsChangan()
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(general))
                        .value(hasItem("REPAIRED")));
    }

    @Test
    void anObjectionStillExaminedAfterItsLastDayIsOverdueInTheOwnersAndTheCitysLists() throws Exception {
        long objection = fixture.id(merchantRaises(severeRecord, "RECORD").andExpect(status().isCreated()));
        mvc.perform(get("/api/city/objections").param("overdue", "true").with(cityOffice()))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) objection))));
        LocalDate due = LocalDate.parse(json.readTree(mvc.perform(get("/api/tenants/changan/objections/{id}",
                objection).with(officerOf("changan"))).andReturn().getResponse().getContentAsString())
                .get("due").asText());
        assertThat(due).isAfter(LocalDate.now(clock).plusDays(9));

        clock.moveTo(due.atStartOfDay(PlatformClock.CITY_ZONE).plusHours(20).toInstant());
        mvc.perform(get("/api/tenants/changan/objections/{id}", objection).with(officerOf("changan")))
                .andExpect(jsonPath("$.overdue").value(false));
        clock.moveTo(due.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).plusHours(9).toInstant());
        mvc.perform(get("/api/tenants/changan/objections/{id}", objection).with(officerOf("changan")))
                .andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(get("/api/city/objections").param("overdue", "true").with(cityOffice()))
                .andExpect(jsonPath("$[*].id", hasItem((int) objection)));
        // overdue is still decided by the owner
        decide(officerOf("changan"), "changan", objection, """
                {"upheld": false, "reason": "逾期答复：异议不成立"}""").andExpect(status().isOk());
        mvc.perform(get("/api/tenants/changan/objections/{id}", objection).with(officerOf("changan")))
                .andExpect(jsonPath("$.overdue").value(false));
    }

    @Test
    void aMerchantObjectsOnlyToItsOwnSubjectsRecords() throws Exception {
        fixture.send(post("/api/tenants/humen/my/objections"), merchantOf("humen", CODES.next("441900").value()), """
                {"recordId": %d, "reasons": "不是我的"}""".formatted(severeRecord))
                .andExpect(status().isNotFound());
        // the officers' door is not the merchant's, even for its own record
        fixture.send(post("/api/tenants/humen/objections"), merchantOf("humen", code), """
                {"recordId": %d, "reasons": "走错门"}""".formatted(severeRecord))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(severeRecord))
                        .value(hasItem(false)));
    }
}
