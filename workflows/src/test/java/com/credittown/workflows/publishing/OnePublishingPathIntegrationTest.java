package com.credittown.workflows.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.DeploymentCategory;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue #17: a city template adapted in the template library and a design published from the designer go down the
 * one publishing path: each is one row of {@code published_version} (its origin, the tenant's id) and one Flowable
 * deployment under the publishing tenant's id with the sandbox category of its front end; the other tenant gets
 * neither.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OnePublishingPathIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    Publishing publishing;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private TenantId tenant;
    private TenantId other;

    @BeforeEach
    void setUp() {
        tenant = fixtures.provisionFreshTenant("puba");
        other = fixtures.provisionFreshTenant("pubb");
    }

    @Test
    void aTemplateAdaptationAndADesignArePublishedIntoTheOneVersionTableAndDeployedForTheirTenant() throws Exception {
        mvc.perform(put("/api/tenants/" + tenant + "/templates/credit-commitment/parameters").with(admin(tenant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parameters\": {\"verificationWorkingDays\": 25}, \"reason\": \"延长核查期限\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/tenants/" + tenant + "/designs").with(admin(tenant))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "grant", "model", oneApproval()))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/tenants/" + tenant + "/designs/grant/publish").with(admin(tenant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"首次发布\"}"))
                .andExpect(status().isCreated());

        // one table, told apart by origin, each row the publishing tenant's
        assertThat(jdbc.queryForList("select origin || ' ' || process_key || ' v' || version from published_version"
                + " where tenant_id = ? order by origin", String.class, tenant.code()))
                .containsExactly("CITY_TEMPLATE credit-commitment v1", "TENANT_DESIGN grant v1");
        assertThat(jdbc.queryForObject("select count(*) from published_version where tenant_id = ?", Integer.class,
                other.code())).isZero();

        PublishedVersion template = TenantContext.callAs(tenant,
                () -> publishing.latest(PublicationOrigin.CITY_TEMPLATE, "credit-commitment").orElseThrow());
        PublishedVersion design = TenantContext.callAs(tenant,
                () -> publishing.latest(PublicationOrigin.TENANT_DESIGN, "grant").orElseThrow());
        assertThat(template.parametersJson()).contains("\"verificationWorkingDays\":25");
        assertThat(template.modelJson()).isNull();
        assertThat(design.modelJson()).contains("科室审核");
        assertThat(design.bpmnXml()).contains("id=\"grant\"");
        assertThat(design.authoringMode()).isEqualTo("CHAIN");
        assertThat(design.parametersJson()).isNull();

        // each deployed under the tenant's id with its front end's sandbox category
        assertDeployment(template.deploymentId(), DeploymentCategory.TENANT_ADAPTATION);
        assertDeployment(design.deploymentId(), DeploymentCategory.TENANT_DESIGN);
        assertThat(TenantContext.callAs(other,
                () -> publishing.latest(PublicationOrigin.TENANT_DESIGN, "grant"))).isEmpty();
        assertThat(repository.createDeploymentQuery().deploymentName("grant").deploymentTenantId(other.code())
                .count()).isZero();
    }

    private void assertDeployment(String deploymentId, DeploymentCategory category) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        assertThat(deployment.getTenantId()).isEqualTo(tenant.code());
        assertThat(deployment.getCategory()).isEqualTo(category.id());
    }

    private static DesignModel oneApproval() {
        FormField matter = new FormField("matter", FieldType.TEXT, new LocalizedText("事项", "Matter"), true, null, 200,
                List.of());
        FormField opinion = new FormField("opinion", FieldType.TEXT, new LocalizedText("意见", "Opinion"), true, null,
                200, List.of());
        return new DesignModel("简单审批", List.of(matter, opinion), List.of("matter"), List.of(DesignStep.approval(
                "review", "科室审核", new Assignee(AssigneeKind.ROLE, "officer"), 3,
                List.of("opinion"))));
    }

    private static RequestPostProcessor admin(TenantId tenant) {
        return TestUsers.user(tenant.code() + ".admin", tenant.code(), Set.of(Roles.OFFICER, Roles.ADMINISTRATOR),
                null, null);
    }
}
