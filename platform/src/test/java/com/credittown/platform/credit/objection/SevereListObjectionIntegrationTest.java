package com.credittown.platform.credit.objection;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.merchantOf;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditRestFixture;
import com.credittown.platform.credit.CreditRestFixture.Inclusion;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.web.ForbiddenException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Objections (异议申诉) to a published severe-dishonesty list entry: 长安 proposed the subject, the city office included
 * it; the merchant (in 虎门's portal) objects; the city office, which decided the inclusion, examines it on its own path
 * while the entry's effect is suspended (the default setting, like any record under objection); upheld, the subject
 * leaves the list (DECISION_REVOKED, the record REVOKED_ON_OBJECTION) and is no longer graded D by it; rejected, the
 * entry stands. Neither the proposing town nor a third town decides it; a third town does not see it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SevereListObjectionIntegrationTest {

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
    CreditObjections objections;

    private CreditRestFixture fixture;
    private String code;
    private long subjectId;
    private long entry;
    private long listRecord;

    @BeforeEach
    void aSubjectOnTheListProposedByChanganAndIncludedByTheCity() throws Exception {
        TenantFixtures.register(directory);
        directory.register(new TenantId("songshanhu"), "松山湖", TenantKind.PARK);
        fixture = new CreditRestFixture(mvc, json);
        code = CODES.next("441900").value();
        subjectId = fixture.subjectOfChangan(code, "东莞市长安名单异议测试有限公司");
        long severe = fixture.id(fixture.record(subjectId, "DISHONESTY", "SEVERE", "人力资源和社会保障局",
                LocalDate.now(clock), "拖欠农民工工资"));
        Inclusion included = fixture.includedByTheCity(subjectId, severe, code);
        entry = included.entry();
        included.decision().andExpect(jsonPath("$.status").value("LISTED"));
        JsonNode archive = json.readTree(archiveAs(officerOf("changan"), "changan")
                .andExpect(jsonPath("$.grade").value("D")).andReturn().getResponse().getContentAsString());
        for (JsonNode r : archive.get("records")) {
            if (r.get("kind").asText().equals("SEVERE_LIST")) {
                listRecord = r.get("id").asLong();
            }
        }
        assertThat(listRecord).isPositive();
        gradedDByTheEntry(true);
    }

    /**
     * Whether the list entry holds the subject's grade at D, as the archive explains the grade to another town (the
     * cited severe record holds it at D too, by its own rule, and is not disputed here).
     */
    private void gradedDByTheEntry(boolean expected) throws Exception {
        archiveAs(officerOf("songshanhu"), "songshanhu")
                .andExpect(jsonPath("$.explanation[?(@.recordId == %d)].rule".formatted(listRecord))
                        .value(expected ? hasItem(containsString("holds the grade at D"))
                                : not(hasItem(containsString("D")))));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions archiveAs(RequestPostProcessor user, String tenant) throws Exception {
        return mvc.perform(get("/api/tenants/" + tenant + "/subjects/{id}/archive", subjectId).with(user));
    }

    private long merchantObjects() throws Exception {
        return fixture.id(fixture.send(post("/api/tenants/humen/my/objections"), merchantOf("humen", code), """
                {"recordId": %d, "concerns": "RECORD", "reasons": "拖欠工资已于列入前全部支付，列入有误"}"""
                .formatted(listRecord))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.listEntry").value(true))
                .andExpect(jsonPath("$.ownerTenant").value("changan"))
                .andExpect(jsonPath("$.status").value("EXAMINING")));
    }

    private ResultActions cityDecides(long objection, String body) throws Exception {
        return fixture.send(post("/api/city/objections/{id}/decision", objection), cityOffice(), body);
    }

    @Test
    void upheldTheSubjectLeavesTheListAndIsNoLongerGradedDByIt() throws Exception {
        // a repair result of a list entry is not a thing: the entry leaves the list by removal
        fixture.send(post("/api/tenants/humen/my/objections"), merchantOf("humen", code), """
                {"recordId": %d, "concerns": "REPAIR_RESULT", "reasons": "x"}""".formatted(listRecord))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("concerns"));
        long objection = merchantObjects();

        // while examined the entry's effect is suspended, like any record under objection (the city's setting)
        mvc.perform(get("/api/public/severe-list")).andExpect(jsonPath("$[*].subjectCode", not(hasItem(code))));
        mvc.perform(get("/api/tenants/songshanhu/severe-list").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[*].subjectCode", not(hasItem(code))));
        mvc.perform(get("/api/tenants/changan/severe-list").with(officerOf("changan")))
                .andExpect(jsonPath("$[*].subjectCode", hasItem(code)))
                .andExpect(jsonPath("$[?(@.id == %d)].underObjection".formatted(entry)).value(hasItem(true)));
        // the city office's list marks it 异议处理中 too
        mvc.perform(get("/api/city/severe-list").param("status", "LISTED").with(cityOffice()))
                .andExpect(jsonPath("$[?(@.id == %d)].underObjection".formatted(entry)).value(hasItem(true)));
        gradedDByTheEntry(false);
        archiveAs(officerOf("changan"), "changan")
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(listRecord))
                        .value(hasItem(true)));
        // a second objection to the same entry while examined
        fixture.send(post("/api/tenants/humen/my/objections"), merchantOf("humen", code), """
                {"recordId": %d, "reasons": "再次异议"}""".formatted(listRecord)).andExpect(status().isConflict());

        // the proposing town reads it but does not decide; the city office decides it only on its own path
        mvc.perform(get("/api/tenants/changan/objections/{id}", objection).with(officerOf("changan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.listEntry").value(true));
        fixture.send(post("/api/tenants/changan/objections/{id}/decision", objection), officerOf("changan"), """
                {"upheld": true, "reason": "自行撤销"}""")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("city credit office")));
        fixture.send(post("/api/tenants/changan/objections/{id}/decision", objection), cityOffice(), """
                {"upheld": true, "reason": "在镇街路径上"}""").andExpect(status().isForbidden());
        // an entry upheld in part is corrected through listCorrection, not a record's correction
        cityDecides(objection, """
                {"upheld": true, "reason": "x", "outcome": "CORRECTED", "correction": {"title": "另列"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("listCorrection"));
        cityDecides(objection, """
                {"upheld": true, "reason": "x", "outcome": "REPAIRED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));

        cityDecides(objection, """
                {"upheld": true, "reason": "经复核，拖欠工资已于列入前支付，撤销列入决定"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.outcome").value("REVOKED"));

        mvc.perform(get("/api/city/severe-list").param("status", "REMOVED").with(cityOffice()))
                .andExpect(jsonPath("$[?(@.id == %d)].removalReason".formatted(entry)).value(hasItem("DECISION_REVOKED")))
                .andExpect(jsonPath("$[?(@.id == %d)].removalNote".formatted(entry))
                        .value(hasItem(containsString("objection " + objection))));
        mvc.perform(get("/api/public/severe-list")).andExpect(jsonPath("$[*].subjectCode", not(hasItem(code))));
        mvc.perform(get("/api/tenants/changan/severe-list").with(officerOf("changan")))
                .andExpect(jsonPath("$[*].subjectCode", not(hasItem(code))));
        gradedDByTheEntry(false);
        archiveAs(officerOf("changan"), "changan")
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(listRecord))
                        .value(hasItem("REVOKED_ON_OBJECTION")));
        mvc.perform(get("/api/tenants/humen/my/objections").with(merchantOf("humen", code)))
                .andExpect(jsonPath("$[0].id").value(objection))
                .andExpect(jsonPath("$[0].status").value("UPHELD"));
        cityDecides(objection, """
                {"upheld": false, "reason": "再议"}""").andExpect(status().isConflict());

        // the audit trail: on the entry and on the objection, both in the proposing town's chain
        TenantId changan = new TenantId("changan");
        assertThat(TenantContext.callAs(changan, () -> audit.trailOf("severe-list-entry", String.valueOf(entry))))
                .extracting(e -> e.action())
                .containsExactly("SEVERE_LIST_PROPOSED", "SEVERE_LIST_NOTICE_SERVED", "SEVERE_LIST_STATEMENT",
                        "SEVERE_LIST_INCLUDED", "SEVERE_LIST_REMOVED");
        assertThat(TenantContext.callAs(changan, () -> audit.trailOf(CreditObjections.AUDIT_SUBJECT,
                String.valueOf(objection)))).extracting(e -> e.action())
                .containsExactly("OBJECTION_RAISED", "OBJECTION_UPHELD");
    }

    /**
     * The platform's own work (no user, no request) decides an objection the city office examines, as a named system
     * examiner on the city's path: the decision and the trail name it. On the town's path it is refused like any other
     * examiner (the access rule is the same), and without a user no one is "signed in".
     */
    @Test
    void backgroundWorkDecidesOnTheCitysPathAsANamedSystemExaminer() throws Exception {
        long objection = merchantObjects();
        TenantId changan = new TenantId("changan");
        ObjectionExaminer work = ObjectionExaminer.background("list-review");
        assertThatThrownBy(() -> TenantContext.callAs(changan, () -> objections.decide(objection,
                new CreditObjections.Decision(true, "镇街路径", null, null), work)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(ObjectionExaminer::signedIn).isInstanceOf(ForbiddenException.class);

        ObjectionView decided = objections.decideAsCity(objection, new CreditObjections.Decision(false,
                "列入决定事实清楚，异议不成立", null, null), work);

        assertThat(decided.status()).isEqualTo(ObjectionStatus.REJECTED);
        assertThat(decided.decidedBy()).isEqualTo("system:list-review");
        assertThat(TenantContext.callAs(changan, () -> audit.trailOf(CreditObjections.AUDIT_SUBJECT,
                String.valueOf(objection)))).extracting(e -> e.action() + " by " + e.actor())
                .containsExactly("OBJECTION_RAISED by humen.merchant", "OBJECTION_REJECTED by system:list-review");
        mvc.perform(get("/api/public/severe-list")).andExpect(jsonPath("$[*].subjectCode", hasItem(code)));
    }

    @Test
    void rejectedTheEntryStandsAndGradesDAgain() throws Exception {
        long objection = merchantObjects();
        gradedDByTheEntry(false);

        cityDecides(objection, """
                {"upheld": false}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        cityDecides(objection, """
                {"upheld": false, "reason": "列入决定事实清楚，异议不成立"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"));

        mvc.perform(get("/api/city/severe-list").param("status", "LISTED").with(cityOffice()))
                .andExpect(jsonPath("$[*].id", hasItem((int) entry)))
                .andExpect(jsonPath("$[?(@.id == %d)].underObjection".formatted(entry)).value(hasItem(false)));
        mvc.perform(get("/api/public/severe-list")).andExpect(jsonPath("$[*].subjectCode", hasItem(code)));
        mvc.perform(get("/api/tenants/songshanhu/severe-list").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[*].subjectCode", hasItem(code)))
                .andExpect(jsonPath("$[?(@.id == %d)].underObjection".formatted(entry)).value(hasItem(false)));
        gradedDByTheEntry(true);
    }

    @Test
    void upheldInPartTheEntryIsCorrectedAndStaysListed() throws Exception {
        long objection = merchantObjects();
        // while examined the entry is corrected only through the objection's decision
        fixture.send(post("/api/city/severe-list/{id}/correction", entry), cityOffice(), """
                {"grounds": "直接更正", "reason": "x"}""").andExpect(status().isConflict());
        cityDecides(objection, """
                {"upheld": true, "reason": "x", "outcome": "CORRECTED", "listCorrection": {}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("listCorrection"));

        String grounds = "拖欠农民工工资，经责令限期支付仍不支付（拖欠金额更正为实际未付部分）";
        long corrected = json.readTree(cityDecides(objection, """
                {"upheld": true, "reason": "部分支付属实，更正列入事实，维持列入", "outcome": "CORRECTED",
                 "listCorrection": {"grounds": "%s"}}""".formatted(grounds))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.outcome").value("CORRECTED"))
                .andReturn().getResponse().getContentAsString()).get("correctedRecordId").asLong();

        mvc.perform(get("/api/city/severe-list").param("status", "LISTED").with(cityOffice()))
                .andExpect(jsonPath("$[?(@.id == %d)].grounds".formatted(entry)).value(hasItem(grounds)))
                .andExpect(jsonPath("$[?(@.id == %d)].recordId".formatted(entry)).value(hasItem((int) corrected)))
                .andExpect(jsonPath("$[?(@.id == %d)].underObjection".formatted(entry)).value(hasItem(false)))
                .andExpect(jsonPath("$[?(@.id == %d)].correctionNote".formatted(entry))
                        .value(hasItem(containsString("objection " + objection))));
        // public again, with the corrected facts
        mvc.perform(get("/api/public/severe-list"))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].grounds".formatted(code)).value(hasItem(grounds)));
        archiveAs(officerOf("changan"), "changan")
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(listRecord))
                        .value(hasItem("REVOKED_ON_OBJECTION")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].state".formatted(corrected)).value(hasItem("PUBLISHED")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].summary".formatted(corrected)).value(hasItem(grounds)));
        listRecord = corrected;
        gradedDByTheEntry(true);
        TenantId changan = new TenantId("changan");
        assertThat(TenantContext.callAs(changan, () -> audit.trailOf("severe-list-entry", String.valueOf(entry))))
                .extracting(e -> e.action()).endsWith("SEVERE_LIST_CORRECTED");
    }

    @Test
    void theCityPathReadsAnObjectionForBackgroundWorkAndOnlyTheCityOfficeOnTheWeb() throws Exception {
        long objection = merchantObjects();
        // the platform's own work: no user, no tenant, no request
        assertThat(objections.oneAsCity(objection).id()).isEqualTo(objection);
        assertThat(objections.oneAsCity(objection).listEntry()).isTrue();
        // on the web the city path stays the city office's alone
        mvc.perform(get("/api/city/objections/{id}", objection).with(cityOffice())).andExpect(status().isOk());
        mvc.perform(get("/api/city/objections/{id}", objection).with(officerOf("changan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/objections/{id}", objection).with(officerOf("songshanhu")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/objections/{id}", objection).with(merchantOf("humen", code)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/city/objections/{id}", objection).with(anonymous()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherTownNeitherSeesNorDecidesIt() throws Exception {
        long objection = merchantObjects();

        mvc.perform(get("/api/tenants/songshanhu/objections/{id}", objection).with(officerOf("songshanhu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/songshanhu/objections").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) objection))));
        fixture.send(post("/api/tenants/songshanhu/objections/{id}/decision", objection), officerOf("songshanhu"), """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isNotFound());
        // the town whose portal raised it reads it and does not decide it; nor may a town use the city's path
        mvc.perform(get("/api/tenants/humen/objections/{id}", objection).with(officerOf("humen")))
                .andExpect(status().isOk());
        fixture.send(post("/api/tenants/humen/objections/{id}/decision", objection), officerOf("humen"), """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isForbidden());
        fixture.send(post("/api/city/objections/{id}/decision", objection), officerOf("changan"), """
                {"upheld": true, "reason": "越权"}""").andExpect(status().isForbidden());
        mvc.perform(get("/api/city/severe-list").param("status", "LISTED").with(cityOffice()))
                .andExpect(jsonPath("$[*].id", hasItem((int) entry)));
    }
}
