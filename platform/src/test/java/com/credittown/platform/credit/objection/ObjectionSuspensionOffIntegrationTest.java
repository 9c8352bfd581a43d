package com.credittown.platform.credit.objection;

import static com.credittown.platform.identity.TestUsers.merchantOf;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
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

/** With the city's setting off, a record under objection keeps its effect while examined: the grade stays D. */
@SpringBootTest(properties = "credittown.credit.objections.suspend-effect-while-examined=false")
@AutoConfigureMockMvc
class ObjectionSuspensionOffIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    PlatformClock clock;

    @Test
    void aRecordUnderObjectionKeepsItsEffectWhenTheCitySaysSo() throws Exception {
        TenantFixtures.register(directory);
        String code = new UsccGenerator(new Random()).next("441900").value();
        long subject = json.readTree(mvc.perform(post("/api/tenants/changan/subjects").with(officerOf("changan"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市长安异议设置测试有限公司"}"""
                        .formatted(code))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).get("id").asLong();
        long record = json.readTree(mvc.perform(post("/api/tenants/changan/subjects/{id}/records", subject)
                .with(officerOf("changan")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "DISHONESTY", "severity": "SEVERE", "department": "长安镇人力资源和社会保障分局",
                         "decisionDate": "%s", "legalBasis": "《保障农民工工资支付条例》第四十八条",
                         "title": "拖欠农民工工资"}""".formatted(LocalDate.now(clock))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();

        mvc.perform(post("/api/tenants/humen/my/objections").with(merchantOf("humen", code))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"recordId": %d, "reasons": "记录有误"}""".formatted(record)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.effectSuspended").value(false))
                .andExpect(jsonPath("$.basis").value(containsString("市信用办设置：审查期间该记录继续有效")));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", subject).with(officerOf("changan")))
                .andExpect(jsonPath("$.grade").value("D"))
                .andExpect(jsonPath("$.records[?(@.id == %d)].underObjection".formatted(record)).value(hasItem(true)))
                .andExpect(jsonPath("$.records[?(@.id == %d)].open".formatted(record)).value(hasItem(true)));
    }
}
