package com.credittown.platform.credit.repairnotice;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.merchantOf;
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
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 两书同达: a penalty recorded by 长安 comes with a repair notice that the subject's merchant reads in its portal (the
 * day repair becomes possible, how to apply) and 长安's officers see served; other towns do not, a dishonesty record
 * gets none.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RepairNoticeIntegrationTest {

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

    private long record(long subject, String kind, String severity, LocalDate decided) throws Exception {
        return json.readTree(mvc.perform(post("/api/tenants/changan/subjects/{id}/records", subject)
                .with(officerOf("changan")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "%s", %s "department": "东莞市市场监督管理局长安分局",
                         "decisionDate": "%s", "legalBasis": "《食品安全法》第一百二十四条", "title": "超范围使用食品添加剂"}"""
                        .formatted(kind, severity == null ? "" : "\"severity\": \"" + severity + "\",", decided)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    @Test
    void aPenaltyIsServedWithItsRepairNoticeWhichTheMerchantReadsAndTheRecordingTownSeesServed() throws Exception {
        TenantFixtures.register(directory);
        String code = new UsccGenerator(new Random()).next("441900").value();
        long subject = json.readTree(mvc.perform(post("/api/tenants/changan/subjects").with(officerOf("changan"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市长安告知书测试有限公司"}"""
                        .formatted(code))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        LocalDate decided = LocalDate.now(clock).minusDays(3);
        long penalty = record(subject, "PENALTY", null, decided);
        long dishonesty = record(subject, "DISHONESTY", "GENERAL", decided);

        // the penalty without a severity gets the city's default (GENERAL): repair from the end of 3 months
        mvc.perform(get("/api/tenants/humen/my/repair-notices").with(merchantOf("humen", code)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recordId").value(penalty))
                .andExpect(jsonPath("$[0].repairableFrom").value(decided.plusMonths(3).toString()))
                .andExpect(jsonPath("$[0].repairableNow").value(false))
                .andExpect(jsonPath("$[0].department").value("东莞市市场监督管理局长安分局"))
                .andExpect(jsonPath("$[0].howToApply").value(containsString("信用修复")))
                .andExpect(jsonPath("$[0].basis").value(containsString("两书同达")));
        mvc.perform(get("/api/tenants/humen/my/repair-notices").with(merchantOf("humen",
                        new UsccGenerator(new Random()).next("441900").value())))
                .andExpect(jsonPath("$[*].recordId", not(hasItem((int) penalty))));

        mvc.perform(get("/api/tenants/changan/records/{id}/repair-notice", penalty).with(officerOf("changan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servedBy").isNotEmpty());
        mvc.perform(get("/api/tenants/changan/repair-notices").with(officerOf("changan")))
                .andExpect(jsonPath("$[*].recordId", hasItem((int) penalty)));
        mvc.perform(get("/api/tenants/changan/records/{id}/repair-notice", dishonesty).with(officerOf("changan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/records/{id}/repair-notice", penalty).with(officerOf("humen")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/repair-notices").with(officerOf("humen")))
                .andExpect(jsonPath("$[*].recordId", not(hasItem((int) penalty))));
        mvc.perform(get("/api/tenants/changan/records/{id}/repair-notice", penalty).with(cityOffice()))
                .andExpect(status().isOk());

        long noticeId = json.readTree(mvc.perform(get("/api/tenants/changan/records/{id}/repair-notice", penalty)
                .with(officerOf("changan"))).andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(TenantContext.callAs(new TenantId("changan"),
                () -> audit.trailOf(RepairNotices.AUDIT_SUBJECT, String.valueOf(noticeId))))
                .extracting(e -> e.action()).containsExactly("REPAIR_NOTICE_SERVED");
    }
}
