package com.credittown.platform.credit.severelist;

import static com.credittown.platform.credit.CreditRestFixture.GROUNDS;
import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The city office corrects a published severe-dishonesty list entry (更正) on its own motion: 长安 proposed the subject,
 * the city office included it with grounds that overstated the facts and corrects grounds, basis and period. The entry
 * and the public list say the corrected facts, a corrected list record replaces the entry's record (the replaced one
 * ends CORRECTED), the subject stays graded D by the entry, every step is audited; bad input is problem+json; only the
 * city office corrects, and another town reaches nothing of the entry but its published view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SevereListCorrectionIntegrationTest {

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
        subjectId = fixture.subjectOfChangan(code, "东莞市长安名单更正测试有限公司");
        long severe = fixture.id(fixture.record(subjectId, "DISHONESTY", "SEVERE", "人力资源和社会保障局",
                LocalDate.now(clock), "拖欠农民工工资"));
        Inclusion included = fixture.includedByTheCity(subjectId, severe, code);
        entry = included.entry();
        listRecord = json.readTree(included.decision().andReturn().getResponse().getContentAsString())
                .get("recordId").asLong();
    }

    private ResultActions correct(RequestPostProcessor user, long id, String body) throws Exception {
        return fixture.send(post("/api/city/severe-list/{id}/correction", id), user, body);
    }

    @Test
    void theCityOfficeCorrectsTheEntryAndEveryPageShowsTheCorrectedOne() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String grounds = "拖欠农民工工资，经责令限期支付仍有部分未支付";
        String until = today.plusYears(2).toString();
        String body = """
                {"grounds": "%s", "legalBasis": "《社会保险领域严重失信主体名单管理办法》第七条", "listedUntil": "%s",
                 "reason": "经复核，列入事实中的拖欠情形表述有误，予以更正"}""".formatted(grounds, until);

        // who: only the city office, on its path; no town corrects, and a third town reaches only the published view
        correct(officerOf("changan"), entry, body).andExpect(status().isForbidden());
        correct(officerOf("songshanhu"), entry, body).andExpect(status().isForbidden());
        mvc.perform(get("/api/tenants/songshanhu/severe-list/proposals/{id}", entry).with(officerOf("songshanhu")))
                .andExpect(status().isNotFound());
        correct(cityOffice(), 999_999_999L, body).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown list proposal"));

        // bad input: problem+json naming the field, nothing changed
        correct(cityOffice(), entry, """
                {"grounds": "x"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        correct(cityOffice(), entry, """
                {"reason": "无内容"}""").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("correction"));
        correct(cityOffice(), entry, """
                {"grounds": "%s", "reason": "照旧"}""".formatted(GROUNDS)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unchanged"));
        correct(cityOffice(), entry, """
                {"listedUntil": "%s", "reason": "到今天"}""".formatted(today)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("listedUntil"));
        correct(cityOffice(), entry, """
                {"listedUntil": "%s", "reason": "超过最长"}""".formatted(today.plusYears(3).plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("listedUntil"))
                .andExpect(jsonPath("$.type").exists());
        correct(cityOffice(), entry, """
                {"grounds": "%s", "reason": "过长"}""".formatted("长".repeat(2001))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grounds"));
        mvc.perform(get("/api/public/severe-list"))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].grounds".formatted(code)).value(hasItem(GROUNDS)));

        long corrected = json.readTree(correct(cityOffice(), entry, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("LISTED"))
                .andExpect(jsonPath("$.grounds").value(grounds))
                .andExpect(jsonPath("$.listedUntil").value(until))
                .andExpect(jsonPath("$.listedFrom").value(today.toString()))
                .andExpect(jsonPath("$.correctedBy").value("city.office"))
                .andExpect(jsonPath("$.correctionNote").value(containsString("表述有误")))
                .andReturn().getResponse().getContentAsString()).get("recordId").asLong();
        assertThat(corrected).isNotEqualTo(listRecord);

        // the public list and every town's list show the corrected entry
        mvc.perform(get("/api/public/severe-list"))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].grounds".formatted(code)).value(hasItem(grounds)))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].grounds".formatted(code)).value(not(hasItem(GROUNDS))))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].listedUntil".formatted(code)).value(hasItem(until)))
                .andExpect(jsonPath("$[?(@.subjectCode == '%s')].correctedOn".formatted(code))
                        .value(hasItem(today.toString())));
        mvc.perform(get("/api/tenants/songshanhu/severe-list").with(officerOf("songshanhu")))
                .andExpect(jsonPath("$[?(@.id == %d)].grounds".formatted(entry)).value(hasItem(grounds)))
                .andExpect(jsonPath("$[?(@.id == %d)].correctionNote".formatted(entry))
                        .value(hasItem(containsString("表述有误"))))
                .andExpect(jsonPath("$[?(@.id == %d)].correctedBy".formatted(entry)).value(not(hasItem("city.office"))));

        // the archive: the replaced record keeps the old facts and ends CORRECTED; the corrected one grades D
        mvc.perform(get("/api/tenants/songshanhu/subjects/{id}/archive", subjectId).with(officerOf("songshanhu")))
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.explanation[?(@.recordId == %d)].rule".formatted(corrected))
                        .value(hasItem(containsString("holds the grade at D"))));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(listRecord))
                        .value(hasItem("CORRECTED")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].summary".formatted(listRecord)).value(hasItem(GROUNDS)))
                .andExpect(jsonPath("$.records[?(@.id == %d)].state".formatted(corrected)).value(hasItem("PUBLISHED")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].summary".formatted(corrected)).value(hasItem(grounds)));

        // audited on the entry with what changed, in the proposing town's chain
        TenantId changan = new TenantId("changan");
        assertThat(TenantContext.callAs(changan, () -> audit.trailOf("severe-list-entry", String.valueOf(entry))))
                .last().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("SEVERE_LIST_CORRECTED");
                    assertThat(e.detail()).contains(GROUNDS, grounds, until, "record " + listRecord);
                });

        // the end of the corrected period is what the nightly expiry follows; removal ends the corrected record
        fixture.send(post("/api/city/severe-list/{id}/removal", entry), cityOffice(), """
                {"reason": "CREDIT_REPAIRED", "note": "已修复"}""").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REMOVED"));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subjectId).with(officerOf("changan")))
                .andExpect(jsonPath("$.records[?(@.id == %d)].publicityEndReason".formatted(corrected))
                        .value(hasItem("REMOVED_FROM_LIST")));
        // a removed entry is not corrected: a different listing needs a new proposal
        correct(cityOffice(), entry, body).andExpect(status().isConflict());
    }
}
