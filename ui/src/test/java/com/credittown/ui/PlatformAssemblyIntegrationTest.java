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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The assembled application on PostgreSQL with the real Elasticsearch and Keycloak started by
 * scripts/services.sh: health shows every service to the city office (its status only to anyone else), and every
 * catalogue tenant is provisioned once.
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

    @Autowired
    WebApplicationContext context;

    /** The same application, called in-process as a logged-in user of the given realm roles. */
    private MockMvc as(String username, String... roles) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .defaultRequest(MockMvcRequestBuilders.get("/").with(SecurityMockMvcRequestPostProcessors.user(username)
                        .authorities(java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                .toList())))
                .build();
    }

    private JsonNode json(MockMvc mvc, String path) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(body);
    }

    @Test
    void anonymousHealthShowsTheStatusOnly() {
        var response = http.getForEntity("/actuator/health", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        // the overall status, nothing else: not even the names of the probe groups (StatusOnlyHealth)
        assertThat(response.getBody()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getBody())
                .isEqualTo("{\"status\":\"UP\"}");
        assertThat(response.getBody()).doesNotContain("components", "groups", "readiness", "8180", "127.0.0.1",
                "cluster", "PostgreSQL");
        // a component asked for by name is not there for an anonymous caller either
        assertThat(http.getForEntity("/actuator/health/keycloak", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(http.getForEntity("/actuator/health/elasticsearch", String.class).getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void anOfficerWithoutAdministrationSeesTheStatusOnly() throws Exception {
        JsonNode health = json(as("humen.officer", "officer"), "/actuator/health");

        assertThat(health.has("components")).isFalse();
        assertThat(health.has("groups")).isFalse();
        assertThat(health.path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theCityOfficeSeesTheDatabaseElasticsearchAndKeycloak() throws Exception {
        JsonNode health = json(as("city.office", "city-office"), "/actuator/health");

        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("details").path("database").asText())
                .isEqualTo("PostgreSQL");
        assertThat(health.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("keycloak").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("keycloak").path("details").path("url").asText())
                .startsWith("http://127.0.0.1:");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        // and the probe groups by name
        assertThat(health.path("groups").toString()).isEqualTo("[\"liveness\",\"readiness\"]");
    }

    @Test
    void aTenantAdministratorSeesTheComponentsToo() throws Exception {
        JsonNode health = json(as("humen.admin", "officer", "administrator"), "/actuator/health");

        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
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
    void theOpenApiDescriptionAndSwaggerUiNeedALoginOutsideTheDevProfile() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> apiDocs = anonymous.send(HttpRequest.newBuilder(URI.create(http.getRootUri()
                + "/v3/api-docs")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> swagger = anonymous.send(HttpRequest.newBuilder(URI.create(http.getRootUri()
                + "/swagger-ui/index.html")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        // a program is refused, a browser is sent to the login page; neither gets the description
        assertThat(apiDocs.statusCode()).isEqualTo(401);
        assertThat(apiDocs.body()).doesNotContain("CreditTown API").doesNotContain("/api/tenants");
        assertThat(swagger.statusCode()).isEqualTo(302);
        assertThat(swagger.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(swagger.body()).doesNotContain("swagger-ui");
    }

    @Test
    void theRestApiIsDescribedWithOpenApi() throws Exception {
        JsonNode api = json(as("humen.officer", "officer"), "/v3/api-docs");

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
