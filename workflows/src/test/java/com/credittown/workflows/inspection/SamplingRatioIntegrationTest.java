package com.credittown.workflows.inspection;

import static com.credittown.platform.identity.TestUsers.cityOffice;
import static com.credittown.platform.identity.TestUsers.officerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
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
 * A town's overrides of the city's sampling ratios over REST on PostgreSQL: two fresh towns with 10 grade-A subjects
 * each (the city samples A at 5%: 1 drawn). An override above the city's ratio is kept, audited and used by the next
 * draw, and the plan records it; one below the city's ratio, or outside 0–100, is refused (422 / 400, zh and en) and
 * nothing is written; removing it falls back to the city's ratio while the old plan still says what it applied; one
 * town's override never touches the other's ratios, and a town naming the other in the path reaches nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SamplingRatioIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuditLog audit;

    TenantId town;
    TenantId other;

    @BeforeEach
    void twoTownsWithTenGradeASubjectsEach() throws Exception {
        town = fixtures.provisionFreshTenant("sra");
        other = fixtures.provisionFreshTenant("srb");
        for (TenantId tenant : List.of(town, other)) {
            for (int i = 0; i < 10; i++) {
                send(post("/api/tenants/{t}/subjects", tenant.code()), officerOf(tenant.code()), """
                        {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市比例测试%s%d有限公司"}"""
                        .formatted(CODES.next("441900").value(), tenant.code(), i)).andExpect(status().isCreated());
            }
        }
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body)
            throws Exception {
        return mvc.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions setA(TenantId tenant, String body) throws Exception {
        return send(put("/api/tenants/{t}/sampling-ratios/{g}", tenant.code(), "A"), officerOf(tenant.code()), body);
    }

    private JsonNode ratios(TenantId tenant) throws Exception {
        return json.readTree(mvc.perform(get("/api/tenants/{t}/sampling-ratios", tenant.code())
                        .with(officerOf(tenant.code())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode draw(TenantId tenant) throws Exception {
        return json.readTree(send(post("/api/tenants/{t}/inspection-plans", tenant.code()), officerOf(tenant.code()),
                """
                {"title": "比例测试", "periodFrom": "2026-01-01", "periodTo": "2026-03-31", "seed": 5}""")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private List<AuditEntry> ratioChanges(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> audit.trailOf(SamplingRatios.AUDIT_SUBJECT, tenant.code()));
    }

    @Test
    void anOverrideAboveTheCitysRatioIsUsedByTheNextDrawAndRemovingItFallsBackToTheCitys() throws Exception {
        JsonNode before = ratios(town);
        assertThat(before.size()).isEqualTo(4);
        // without an override the tenant's ratio is left out (null)
        assertThat(before.get(0).toString()).isEqualTo(
                "{\"grade\":\"A\",\"cityRatio\":5,\"ratio\":5,\"source\":\"CITY\"}");
        assertThat(draw(town).get("drawnSizes").get("A").asInt()).isEqualTo(1);

        setA(town, "{\"ratio\": 50}").andExpect(status().isOk())
                .andExpect(jsonPath("$.ratio").value(50))
                .andExpect(jsonPath("$.tenantRatio").value(50))
                .andExpect(jsonPath("$.cityRatio").value(5))
                .andExpect(jsonPath("$.source").value("TENANT"));
        assertThat(ratios(town).get(0).get("source").asText()).isEqualTo("TENANT");
        assertThat(ratios(town).get(1).get("source").asText()).isEqualTo("CITY");
        JsonNode raised = draw(town);
        assertThat(raised.get("ratios").get("A").asInt()).isEqualTo(50);
        assertThat(raised.get("ratioSources").toString())
                .isEqualTo("{\"A\":\"TENANT\",\"B\":\"CITY\",\"C\":\"CITY\",\"D\":\"CITY\"}");
        assertThat(raised.get("drawnSizes").get("A").asInt()).isEqualTo(5);
        assertThat(raised.get("ratiosBasis").asText()).startsWith("本镇街（园区）设置：")
                .contains("A级50%（本镇街（园区）上调）", "B级20%（市信用办设置）");
        mvc.perform(get("/api/tenants/{t}/inspection-plans/ratios", town.code()).with(officerOf(town.code())))
                .andExpect(jsonPath("$.ratios.A").value(50))
                .andExpect(jsonPath("$.sources.A").value("TENANT"));

        mvc.perform(delete("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "A").with(officerOf(town.code())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ratio").value(5))
                .andExpect(jsonPath("$.source").value("CITY"));
        assertThat(ratios(town).get(0).hasNonNull("tenantRatio")).isFalse();
        JsonNode fallen = draw(town);
        assertThat(fallen.get("drawnSizes").get("A").asInt()).isEqualTo(1);
        assertThat(fallen.get("ratiosBasis").asText()).startsWith("市信用办设置：");
        // the earlier plan still says what it applied
        mvc.perform(get("/api/tenants/{t}/inspection-plans/{id}", town.code(), raised.get("id").asLong())
                        .with(officerOf(town.code())))
                .andExpect(jsonPath("$.ratios.A").value(50))
                .andExpect(jsonPath("$.ratioSources.A").value("TENANT"));
        assertThat(ratioChanges(town)).extracting(AuditEntry::action)
                .containsExactly("SETTINGS_CHANGED", "SETTINGS_CHANGED");
        assertThat(ratioChanges(town).get(0).detail()).contains("A级", "50%", "5%");
        assertThat(ratioChanges(town).get(1).detail()).contains("取消");
    }

    @Test
    void anOverrideBelowTheCitysRatioOrOutsideZeroToOneHundredIsRefusedAndNothingIsWritten() throws Exception {
        send(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "B"), officerOf(town.code()), "{\"ratio\": 40}")
                .andExpect(status().isOk());
        send(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "B"), officerOf(town.code()), "{\"ratio\": 10}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("B级抽查比例 10% 低于市信用办设置的 20%：镇街（园区）可以多查，不能少查"))
                .andExpect(jsonPath("$.messageEn").value(
                        "10% for grade B is below the city's ratio of 20%: a town may inspect more, never less"))
                .andExpect(jsonPath("$.errors[0].field").value("ratio"))
                .andExpect(jsonPath("$.errors[0].code").value("below-city"));
        mvc.perform(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "C").with(officerOf(town.code()))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ratio\": 59}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(
                        "59% for grade C is below the city's ratio of 60%: a town may inspect more, never less"));
        for (String body : List.of("{\"ratio\": 101}", "{\"ratio\": -1}", "{\"ratio\": 12.5}", "{}")) {
            setA(town, body).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("ratio"))
                    .andExpect(jsonPath("$.messageZh").isString())
                    .andExpect(jsonPath("$.messageEn").isString());
        }
        send(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "E"), officerOf(town.code()), "{\"ratio\": 50}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grade"));
        JsonNode now = ratios(town);
        assertThat(now.get(0).hasNonNull("tenantRatio")).isFalse();
        assertThat(now.get(1).get("tenantRatio").asInt()).isEqualTo(40);
        assertThat(now.get(2).hasNonNull("tenantRatio")).isFalse();
        assertThat(ratioChanges(town)).hasSize(1);
    }

    @Test
    void oneTownsOverrideNeverTouchesAnothersAndATownNamingAnotherInThePathReachesNothing() throws Exception {
        setA(town, "{\"ratio\": 50}").andExpect(status().isOk());
        assertThat(ratios(other).get(0).get("source").asText()).isEqualTo("CITY");
        assertThat(ratios(other).get(0).hasNonNull("tenantRatio")).isFalse();
        assertThat(draw(other).get("drawnSizes").get("A").asInt()).isEqualTo(1);

        // the attacker: the other town's officer with the victim's code in the path
        send(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "A"), officerOf(other.code()),
                "{\"ratio\": 100}").andExpect(status().isNotFound());
        mvc.perform(delete("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "A").with(officerOf(other.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/{t}/sampling-ratios", town.code()).with(officerOf(other.code())))
                .andExpect(status().isNotFound());
        // the city office sets no town's ratio
        send(put("/api/tenants/{t}/sampling-ratios/{g}", town.code(), "A"), cityOffice(), "{\"ratio\": 100}")
                .andExpect(status().isForbidden());
        assertThat(ratios(town).get(0).get("tenantRatio").asInt()).isEqualTo(50);
        assertThat(ratios(other).get(0).hasNonNull("tenantRatio")).isFalse();
        assertThat(ratioChanges(town)).hasSize(1);
        assertThat(ratioChanges(other)).isEmpty();
    }
}
