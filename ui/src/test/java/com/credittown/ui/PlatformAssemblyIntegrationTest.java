package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.tenants.catalogue.TenantCatalogue;
import com.credittown.tenants.provisioning.TenantProvisioner;
import com.fasterxml.jackson.databind.JsonNode;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * The assembled application on PostgreSQL with the real Elasticsearch and Keycloak started by
 * scripts/services.sh: health shows every service, and every catalogue tenant is provisioned once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class PlatformAssemblyIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TenantCatalogue catalogue;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantProvisioner provisioner;
    @Autowired
    RepositoryService repository;
    @Autowired
    com.credittown.workflows.template.TemplateLibrary library;

    @Test
    void healthShowsTheDatabaseElasticsearchAndKeycloak() {
        JsonNode health = http.getForObject("/actuator/health", JsonNode.class);

        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText())
                .isEqualTo("PostgreSQL");
        assertThat(health.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("keycloak").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("status").asText()).isEqualTo("UP");
    }

    @Test
    void everyCatalogueTenantIsProvisionedWithItsOwnTemplates() {
        assertThat(catalogue.entries()).hasSize(34);
        assertThat(directory.all()).extracting(Tenant::nameZh).contains("虎门镇", "长安镇", "松山湖高新技术产业开发区");
        for (var entry : catalogue.entries()) {
            var definition = repository.createProcessDefinitionQuery().processDefinitionKey("credit-commitment")
                    .processDefinitionTenantId(entry.id().code()).latestVersion().singleResult();
            assertThat(definition).as("credit-commitment for %s", entry.id()).isNotNull();
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("credit-commitment")
                .processDefinitionWithoutTenantId().count()).isZero();
    }

    @Test
    void aTenantsOwnStartingValuesComeFromTheCatalogueData() {
        var songshanhu = TenantContext.callAs(new TenantId("songshanhu"), () -> library.template("integrity-star"));
        var humen = TenantContext.callAs(new TenantId("humen"), () -> library.template("integrity-star"));

        assertThat(songshanhu.values()).containsEntry("starsPerRound", 20);
        assertThat(songshanhu.version()).isGreaterThanOrEqualTo(1);
        assertThat(humen.values()).containsEntry("starsPerRound", 10);
    }

    @Test
    void provisioningAgainChangesNothing() {
        long deployments = repository.createDeploymentQuery().count();

        var report = provisioner.provisionAll();

        assertThat(report.tenants()).isEqualTo(34);
        assertThat(report.changes()).isEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void theRestApiIsDescribedWithOpenApi() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(api.path("info").path("title").asText()).isEqualTo("CreditTown API");
        assertThat(api.path("paths").has("/api/tenants/{tenant}/cases")).isTrue();
        assertThat(api.path("paths").has("/api/tenants/{tenant}/subjects/{id}/archive")).isTrue();
        assertThat(api.path("paths").has("/api/calendar/add-working-days")).isTrue();
        assertThat(api.path("paths").has("/api/tenants/{tenant}/imports/double-publicity")).isTrue();
        assertThat(api.path("components").path("securitySchemes").has("keycloak")).isTrue();
    }

    @Test
    void theApiWithoutATokenAnswers401WithoutInternals() {
        var api = http.getForEntity("/api/tenants/atlantis/tasks", String.class);
        assertThat(api.getStatusCode().value()).isEqualTo(401);
        assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(api.getBody()).doesNotContain("Exception").doesNotContain("at com.");
    }
}
