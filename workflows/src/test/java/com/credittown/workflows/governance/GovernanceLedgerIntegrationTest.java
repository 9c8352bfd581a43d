package com.credittown.workflows.governance;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The governance ledger over REST on PostgreSQL: a town's severe record puts the entity on the town's ledger (and not
 * on another town's), interviews follow the city's escalation setting, the follow-up records the rectification, a
 * repaired entity leaves, another town cannot reach the entry and the city office reads every town's ledger.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GovernanceLedgerIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    PlatformClock clock;
    @Autowired
    ObjectMapper json;

    TenantId town;
    TenantId other;
    long subject;
    long severe;

    @BeforeEach
    void aTownWithASevereRecord() throws Exception {
        clock.moveTo(OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, CITY).toInstant()); // Monday
        town = fixtures.provisionFreshTenant("gova");
        other = fixtures.provisionFreshTenant("govb");
        subject = id(send(post("/api/tenants/{t}/subjects", town.code()), officerOf(town.code()), """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市台账测试有限公司"}"""
                .formatted(CODES.next("441900").value())).andExpect(status().isCreated()));
        // decided more than a year ago: past the severe record's minimum publicity, so it may be repaired
        severe = id(record(subject, "SEVERE", "拖欠农民工工资", "2025-02-03"));
        record(subject, "GENERAL", "未按期报送年报", "2026-03-02");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions record(long subjectId, String severity, String title, String decided) throws Exception {
        return send(post("/api/tenants/{t}/subjects/{s}/records", town.code(), subjectId), officerOf(town.code()), """
                {"kind": "DISHONESTY", "severity": "%s", "department": "人力资源和社会保障局",
                 "decisionDate": "%s", "legalBasis": "《保障农民工工资支付条例》第四十八条", "title": "%s"}"""
                .formatted(severity, decided, title)).andExpect(status().isCreated());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body)
            throws Exception {
        return mvc.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long id(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private long refreshedEntry() throws Exception {
        String body = mvc.perform(post("/api/tenants/{t}/governance-ledger/refresh", town.code())
                        .with(officerOf(town.code())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (JsonNode entry : json.readTree(body)) {
            if (entry.get("subjectId").asLong() == subject) {
                return entry.get("id").asLong();
            }
        }
        throw new AssertionError("subject " + subject + " not on the ledger: " + body);
    }

    private ResultActions interview(TenantId tenant, long entry, String kind, String heldOn, String followUpOn)
            throws Exception {
        return send(post("/api/tenants/{t}/governance-ledger/{id}/interviews", tenant.code(), entry),
                officerOf(tenant.code()), """
                        {"kind": "%s", "heldOn": "%s", "participants": "镇信用办张三、企业法定代表人李四",
                         "content": "告知严重失信记录及其影响", "outcome": "企业承诺30日内足额支付欠薪",
                         "followUpOn": %s}""".formatted(kind, heldOn, followUpOn == null ? "null"
                        : "\"" + followUpOn + "\""));
    }

    @Test
    void theTownsSevereRecordPutsTheEntityOnItsLedgerAndNotOnAnotherTownsLedger() throws Exception {
        long entry = refreshedEntry();
        mvc.perform(get("/api/tenants/{t}/governance-ledger/{id}", town.code(), entry).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_LEDGER"))
                .andExpect(jsonPath("$.enteredOn").value("2026-03-02"))
                .andExpect(jsonPath("$.basisRecords").value(containsString("拖欠农民工工资")))
                // the general record does not put an entity on the ledger
                .andExpect(jsonPath("$.basisRecords").value(org.hamcrest.Matchers.not(containsString("年报"))))
                .andExpect(jsonPath("$.rectification").value("NOT_STARTED"))
                .andExpect(jsonPath("$.escalation").value("NONE"));
        // refreshing again adds no second entry
        mvc.perform(post("/api/tenants/{t}/governance-ledger/refresh", town.code()).with(officerOf(town.code())))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(post("/api/tenants/{t}/governance-ledger/refresh", other.code()).with(officerOf(other.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", empty()));
    }

    @Test
    void aWarningInterviewComesAfterAPromptOneAndIsDueWhenTheFollowUpDayPassesUnrectified() throws Exception {
        long entry = refreshedEntry();
        interview(town, entry, "WARNING", "2026-03-02", null)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("prompt-before-warning")));
        // no follow-up day given: the city's setting, 10 working days after the interview
        interview(town, entry, "PROMPT", "2026-03-02", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interviews[0].kind").value("PROMPT"))
                .andExpect(jsonPath("$.interviews[0].kindName").value("提示约谈"))
                .andExpect(jsonPath("$.interviews[0].followUpOn").value("2026-03-16"))
                .andExpect(jsonPath("$.nextFollowUp").value("2026-03-16"))
                .andExpect(jsonPath("$.escalation").value("NONE"));
        clock.moveTo(OffsetDateTime.of(2026, 3, 16, 10, 0, 0, 0, CITY).toInstant());
        mvc.perform(get("/api/tenants/{t}/governance-ledger/{id}", town.code(), entry).with(officerOf(town.code())))
                .andExpect(jsonPath("$.escalation").value("NONE"));
        clock.moveTo(OffsetDateTime.of(2026, 3, 17, 10, 0, 0, 0, CITY).toInstant());
        mvc.perform(get("/api/tenants/{t}/governance-ledger/{id}", town.code(), entry).with(officerOf(town.code())))
                .andExpect(jsonPath("$.escalation").value("WARNING_DUE"));
        mvc.perform(get("/api/city/governance-ledger").with(cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.tenant == '%s')].warningDue".formatted(town.code())).value(hasItem(1)));
        interview(town, entry, "WARNING", "2026-03-17", "2026-04-17")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.interviews.length()").value(2))
                .andExpect(jsonPath("$.escalation").value("WARNING_HELD"));
        // an interview in the future, without participants, or followed up before it is held: 400 naming the fields
        send(post("/api/tenants/{t}/governance-ledger/{id}/interviews", town.code(), entry), officerOf(town.code()),
                "{\"kind\": \"PROMPT\", \"heldOn\": \"2026-03-18\", \"content\": \"x\", \"outcome\": \"y\","
                        + " \"followUpOn\": \"2026-03-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("heldOn",
                        "participants", "followUpOn")));
    }

    /**
     * The archive's events keep the ledger without a refresh: the severe record added in set-up put the entity on the
     * ledger; its publicity ended by repair takes it off the same day, and another town's ledger never shows it.
     */
    @Test
    void theArchivesChangesReachTheLedgerWithoutARefresh() throws Exception {
        mvc.perform(get("/api/tenants/{t}/governance-ledger", town.code()).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == %d)].status".formatted(subject)).value(hasItem("IN_LEDGER")))
                .andExpect(jsonPath("$[?(@.subjectId == %d)].enteredOn".formatted(subject))
                        .value(hasItem("2026-03-02")));
        mvc.perform(get("/api/tenants/{t}/governance-ledger", other.code()).with(officerOf(other.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subjectId").value(org.hamcrest.Matchers.not(hasItem((int) subject))));

        clock.moveTo(OffsetDateTime.of(2026, 3, 9, 10, 0, 0, 0, CITY).toInstant());
        send(post("/api/tenants/{t}/records/{id}/end-publicity", town.code(), severe),
                officerOf(town.code()), "{\"reason\": \"信用修复：已履行法定义务\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/tenants/{t}/governance-ledger", town.code()).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == %d)].status".formatted(subject)).value(hasItem("EXITED")))
                .andExpect(jsonPath("$[?(@.subjectId == %d)].exitedOn".formatted(subject))
                        .value(hasItem("2026-03-09")));

        // a new severe record brings it back, as a new entry
        record(subject, "SEVERE", "再次拖欠农民工工资", "2026-03-06");
        mvc.perform(get("/api/tenants/{t}/governance-ledger", town.code()).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == %d && @.status == 'IN_LEDGER')].enteredOn".formatted(subject))
                        .value(hasItem("2026-03-09")));
    }

    @Test
    void aCompletedRectificationEndsTheEscalationAndARepairedEntityLeavesTheLedger() throws Exception {
        long entry = refreshedEntry();
        interview(town, entry, "PROMPT", "2026-03-02", "2026-03-05").andExpect(status().isOk());
        clock.moveTo(OffsetDateTime.of(2026, 3, 9, 10, 0, 0, 0, CITY).toInstant());
        send(post("/api/tenants/{t}/governance-ledger/{id}/follow-ups", town.code(), entry), officerOf(town.code()),
                "{\"followedOn\": \"2026-03-09\", \"note\": \"已足额支付欠薪，提交支付凭证\", \"rectification\": \"COMPLETED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rectification").value("COMPLETED"))
                .andExpect(jsonPath("$.rectifiedOn").value("2026-03-09"))
                .andExpect(jsonPath("$.followUps[0].note").value("已足额支付欠薪，提交支付凭证"))
                .andExpect(jsonPath("$.escalation").value("NONE"));
        send(post("/api/tenants/{t}/records/{id}/end-publicity", town.code(), severe),
                officerOf(town.code()), "{\"reason\": \"信用修复：已履行法定义务\"}")
                .andExpect(status().isOk());
        mvc.perform(post("/api/tenants/{t}/governance-ledger/refresh", town.code()).with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("EXITED"))
                .andExpect(jsonPath("$[0].exitedOn").value("2026-03-09"));
        interview(town, entry, "WARNING", "2026-03-09", null).andExpect(status().isConflict());
    }

    @Test
    void anotherTownCannotReachTheEntryAndTheCityOfficeReadsButDoesNotKeepTheLedger() throws Exception {
        long entry = refreshedEntry();
        mvc.perform(get("/api/tenants/{t}/governance-ledger/{id}", other.code(), entry).with(officerOf(other.code())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown ledger entry"));
        interview(other, entry, "PROMPT", "2026-03-02", null).andExpect(status().isNotFound());
        send(post("/api/tenants/{t}/governance-ledger/{id}/follow-ups", other.code(), entry),
                officerOf(other.code()), "{\"followedOn\": \"2026-03-02\", \"note\": \"x\", \"rectification\": \"COMPLETED\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/city/governance-ledger/entries").param("tenant", town.code()).with(cityOffice()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(entry))
                .andExpect(jsonPath("$[0].tenant").value(town.code()));
        mvc.perform(get("/api/city/governance-ledger").with(officerOf(town.code())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/{t}/governance-ledger/bases", town.code()).with(officerOf(town.code())))
                .andExpect(jsonPath("$[0].zh").value(containsString("东府办〔2024〕6号（四）")))
                .andExpect(jsonPath("$[1].zh").value(containsString("市信用办设置：")));
    }
}
