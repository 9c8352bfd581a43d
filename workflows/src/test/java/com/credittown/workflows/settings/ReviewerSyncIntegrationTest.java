package com.credittown.workflows.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.CityRealm;
import com.credittown.platform.identity.KeycloakAdmin;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TenantOrganisations;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviewers a tenant's settings name reach Keycloak through {@link ReviewerSync}, on the real Keycloak of
 * scripts/services.sh: a reviewer added gets the department (the token's {@code department} claim, which routes the
 * department's review tasks to them) and the reviewer role; one removed loses both; one stored while
 * Keycloak could not be reached gets it at the next run; one whose user has left the tenant meanwhile is shown
 * refused, with the reason. Each test has a tenant, an organisation and a user of its own in the city realm (removed
 * afterwards), so it touches no other test's users; another test context's scheduled sync running meanwhile would
 * push to the same realm and come to the same result.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewerSyncIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    TenantDirectory directory;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    CityRealm cityRealm;
    @Autowired
    TenantOrganisations organisations;
    @Autowired
    ReviewerSync sync;
    @Autowired
    DepartmentReviewers reviewers;
    @Autowired
    TransactionTemplate transactions;

    private TenantId tenant;
    private String username;
    private String userId;
    private String base;
    private RequestPostProcessor admin;

    @BeforeEach
    void tenantWithAUserInKeycloak() {
        try {
            keycloak.realm().toRepresentation();
        } catch (NotFoundException noRealmYet) {
            // a Keycloak no instance has provisioned yet; a realm that exists is left as its instances set it up
            cityRealm.ensure();
        }
        tenant = fixtures.provisionFreshTenant("revsync");
        organisations.ensure(directory.find(tenant.code()).orElseThrow());
        username = tenant.code() + "-clerk";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@" + tenant.code() + ".example.gov.cn");
        user.setFirstName("测试");
        user.setLastName("审核人");
        user.setEnabled(true);
        try (Response created = keycloak.realm().users().create(user)) {
            userId = CreatedResponseUtil.getCreatedId(created);
        }
        organisations.addMember(tenant.code(), userId);
        base = "/api/tenants/" + tenant.code() + "/settings";
        admin = TestUsers.user(tenant.code() + ".admin", tenant.code(), Set.of(Roles.OFFICER, Roles.ADMINISTRATOR),
                null, null);
    }

    @AfterEach
    void removeUserAndOrganisation() {
        if (userId != null) {
            keycloak.realm().users().delete(userId).close();
        }
        if (tenant != null) {
            organisations.find(tenant.code())
                    .ifPresent(org -> keycloak.realm().organizations().get(org.getId()).delete().close());
        }
    }

    @Test
    void aReviewerAddedGetsTheDepartmentAndTheRoleAndOneRemovedLosesBoth() throws Exception {
        assertThat(department()).as("before: no department").isEmpty();

        mvc.perform(post(base + "/departments/tax/reviewers").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\"}"))
                .andExpect(status().isCreated());

        assertThat(department()).containsExactly("tax");
        assertThat(realmRoles()).contains(Roles.DEPARTMENT_REVIEWER);
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.departments[?(@.code == 'tax')].reviewers[0].username").value(username))
                .andExpect(jsonPath("$.departments[?(@.code == 'tax')].reviewers[0].state").value("DONE"));

        mvc.perform(delete(base + "/reviewers/" + username).with(admin)).andExpect(status().isOk());

        assertThat(department()).as("removed: the department's tasks no longer reach them").isEmpty();
        assertThat(realmRoles()).as("removed: no reviewer role left without a department")
                .doesNotContain(Roles.DEPARTMENT_REVIEWER);
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.departments[?(@.code == 'tax')].reviewers[*]").isEmpty());
    }

    @Test
    void aReviewerStoredWhileKeycloakWasUnreachableGetsTheDepartmentAtTheNextRun() throws Exception {
        // what addReviewer leaves behind when Keycloak cannot be reached: the settings hold it, Keycloak does not
        storePending("market-supervision", username);
        mvc.perform(get(base).with(admin)).andExpect(
                jsonPath("$.departments[?(@.code == 'market-supervision')].reviewers[0].state").value("PENDING"));

        int stillPending = TenantContext.callAs(tenant, sync::syncPending);

        assertThat(stillPending).isZero();
        assertThat(department()).containsExactly("market-supervision");
        assertThat(realmRoles()).contains(Roles.DEPARTMENT_REVIEWER);
        mvc.perform(get(base).with(admin)).andExpect(
                jsonPath("$.departments[?(@.code == 'market-supervision')].reviewers[0].state").value("DONE"));
    }

    @Test
    void aReviewerWhoseUserLeftTheTenantMeanwhileIsShownRefusedAndKeycloakIsLeftAlone() throws Exception {
        String organisation = organisations.find(tenant.code()).orElseThrow().getId();
        keycloak.realm().organizations().get(organisation).members().member(userId).delete().close();
        storePending("tax", username);

        int stillPending = TenantContext.callAs(tenant, sync::syncPending);

        assertThat(stillPending).as("refused for good, not retried").isZero();
        assertThat(department()).isEmpty();
        mvc.perform(get(base).with(admin))
                .andExpect(jsonPath("$.departments[?(@.code == 'tax')].reviewers[0].state").value("FAILED"))
                .andExpect(jsonPath("$.departments[?(@.code == 'tax')].reviewers[0].problem")
                        .value("No user '" + username + "' belongs to this tenant."));
    }

    private void storePending(String department, String user) {
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(
                status -> reviewers.save(new DepartmentReviewer(department, user, Instant.now()))));
    }

    private List<String> department() {
        Map<String, List<String>> attributes = user().toRepresentation().getAttributes();
        return attributes == null ? List.of() : attributes.getOrDefault("department", List.of());
    }

    private List<String> realmRoles() {
        return user().roles().realmLevel().listAll().stream().map(RoleRepresentation::getName).toList();
    }

    private UserResource user() {
        return keycloak.realm().users().get(userId);
    }
}
