package com.credittown.workflows.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A tenant's settings over REST: every change a version with who and what, the audit trail, and who may. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class TenantSettingsApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    AuditLog audit;

    private TenantId tenant;
    private String base;
    private RequestPostProcessor admin;

    @BeforeEach
    void freshTenant() {
        fixtures.provisionHumenAndChangan();
        tenant = fixtures.provisionFreshTenant("settings");
        base = "/api/tenants/" + tenant.code() + "/settings";
        admin = TestUsers.user(tenant.code() + ".admin", tenant.code(), Set.of(Roles.OFFICER, Roles.ADMINISTRATOR),
                null, null);
    }

    @Test
    void aNewTenantStartsWithTheDefaultDepartmentsAtVersionZero() throws Exception {
        mvc.perform(get(base).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.departments[*].code").value(hasItem("market-supervision")))
                .andExpect(jsonPath("$.departments[*].code").value(hasItem("tax")));
    }

    @Test
    void everyChangeIsANumberedVersionWithWhoAndWhatAndAnAuditEntry() throws Exception {
        mvc.perform(put(base + "/contact").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"officeName":"测试镇信用办","address":"东莞市测试镇人民路1号","phone":"0769-85123456",
                         "email":"xinyong@test.gov.cn"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.section").value("contact"));
        mvc.perform(post(base + "/departments").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"agriculture\",\"name\":\"农业农村\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(post(base + "/districts").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"测试诚信街","kind":"STREET","address":"人民路","commitmentText":"诚信经营，明码标价。"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(3));

        mvc.perform(get(base + "/versions").with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(3))
                .andExpect(jsonPath("$[0].section").value("districts"))
                .andExpect(jsonPath("$[1].change").value("新增部门 agriculture（农业农村）"))
                .andExpect(jsonPath("$[2].changedBy").value(tenant.code() + ".admin"))
                .andExpect(jsonPath("$[2].changedAt").exists());
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.contact.phone").value("0769-85123456"))
                .andExpect(jsonPath("$.districts[0].name").value("测试诚信街"));
        assertThat(TenantContext.callAs(tenant, () -> audit.trailOf("tenant-settings", tenant.code())))
                .extracting(entry -> entry.detail())
                .containsExactly("v1 contact: 联系方式：测试镇信用办；东莞市测试镇人民路1号；0769-85123456；xinyong@test.gov.cn",
                        "v2 departments: 新增部门 agriculture（农业农村）",
                        "v3 districts: 新建诚信商圈 测试诚信街（STREET）");
    }

    @Test
    void badContactDetailsAreNamedFieldByFieldAndNothingIsWritten() throws Exception {
        mvc.perform(put(base + "/contact").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"officeName":"","address":"人民路","phone":"call me","email":"not-an-address"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("officeName")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].code").value(hasItem("phone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].code").value(hasItem("email")));
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.contact").doesNotExist());
    }

    @Test
    void aDistrictIsRenamedAndClosedAsVersions(CapturedOutput output) throws Exception {
        mvc.perform(post(base + "/districts").with(admin).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"旧名市场","kind":"MARKET","address":"茶叶街","commitmentText":"诚信经营。"}"""))
                .andExpect(status().isCreated());
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(base).with(admin)).andReturn().getResponse()
                .getContentAsString(), "$.districts[0].id");
        mvc.perform(put(base + "/districts/" + id).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"新名市场\"}"))
                .andExpect(jsonPath("$.change").value("诚信商圈更名：旧名市场 → 新名市场"));
        mvc.perform(post(base + "/districts/" + id + "/close").with(admin))
                .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.districts[0].name").value("新名市场"))
                .andExpect(jsonPath("$.districts[0].closed").value(true));
        mvc.perform(post(base + "/districts/" + id + "/close").with(admin)).andExpect(status().isConflict());
        // a closed district admits no new shop: applying is refused with the reason, no case is left behind, and the
        // refusal (thrown by the process's first step, inside the engine's command) is no error in the log
        int logged = output.getAll().length();
        String code = "91441900MA4W7001XY";
        mvc.perform(post("/api/tenants/" + tenant.code() + "/cases").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"processKey\":\"district-membership\",\"data\":{\"districtId\":\"" + id
                                + "\",\"shopName\":\"迟到的茶庄\",\"subjectCode\":\"" + code + "\"}}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The district 新名市场 is closed and admits no new shops"));
        String thread = Thread.currentThread().getName() + "]";
        assertThat(output.getAll().substring(logged).lines()
                .filter(line -> line.contains(" ERROR ") && line.contains(thread))).isEmpty();
        assertThat(output.getAll().substring(logged)).doesNotContain("Error while closing command context");
    }

    @Test
    void aReviewerMustBeAUserOfTheTenant() throws Exception {
        // the fresh tenant has no users in Keycloak: changan's officer is refused like a name nobody has
        mvc.perform(post(base + "/departments/tax/reviewers").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"changan.officer\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-user"));
        mvc.perform(post(base + "/departments/tax/reviewers").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody.at.all\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("unknown-user"));
        mvc.perform(get(base).with(admin)).andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void theCityOfficeReadsButChangesNothingAndOthersAreRefused() throws Exception {
        mvc.perform(get(base).with(TestUsers.cityOffice())).andExpect(status().isOk());
        mvc.perform(get(base + "/versions").with(TestUsers.cityOffice())).andExpect(status().isOk());
        mvc.perform(post(base + "/departments").with(TestUsers.cityOffice()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"city-dept\",\"name\":\"市级\"}"))
                .andExpect(status().isForbidden());
        // an officer who is not the administrator neither reads nor writes
        mvc.perform(get(base).with(TestUsers.officerOf(tenant.code()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/departments").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"x-dept\",\"name\":\"X\"}"))
                .andExpect(status().isForbidden());
        // another tenant's administrator gets "unknown tenant", exactly like a tenant that does not exist
        RequestPostProcessor changanAdmin = TestUsers.user("changan.admin", "changan",
                Set.of(Roles.OFFICER, Roles.ADMINISTRATOR), null, null);
        mvc.perform(get(base).with(changanAdmin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown tenant"));
        mvc.perform(get(base).with(admin)).andExpect(jsonPath("$.version").value(0));
    }
}
