package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.CityRealm;
import com.credittown.platform.identity.KeycloakAdmin;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.tenants.provisioning.TenantProvisioner;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * This application keeps working while another one starts next to it: in the same JVM (Spring caches test contexts;
 * the embedded-H2 test starts a second application after the PostgreSQL ones) and on the same Keycloak realm
 * (staging and production, several nodes). Real Keycloak tokens, real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class SharedRealmIntegrationTest {

    private static final String STAGING = "https://staging.credittown.example/*";

    @Autowired
    TestRestTemplate http;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    KeycloakAdmin admin;
    @Autowired
    CityRealm realm;
    @Autowired
    TenantProvisioner provisioner;

    private RealKeycloak keycloak;

    @BeforeEach
    void setUp() {
        keycloak = new RealKeycloak(settings);
    }

    @Test
    void aSecondApplicationStartingInTheSameJvmLeavesThisOnesUsersTheirTenant() {
        String officer = keycloak.tokenOf("humen.officer");
        assertThat(get("/api/tenants/humen/tasks", officer).getStatusCode().value()).isEqualTo(200);

        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try {
            // what every application context with Vaadin security does as it starts: it points the JVM-wide
            // security context holder at its own
            new VaadinAwareSecurityContextHolderStrategyConfiguration().securityContextHolderStrategy();
            assertThat(SecurityContextHolder.getContextHolderStrategy()).isNotSameAs(before);

            ResponseEntity<String> own = get("/api/tenants/humen/tasks", officer);
            assertThat(own.getStatusCode().value()).as(own.getBody()).isEqualTo(200);
            assertThat(get("/api/tenants/changan/tasks", officer).getStatusCode().value()).isEqualTo(404);
            assertThat(get("/api/tenants/humen/tasks", keycloak.tokenOf("city.office")).getStatusCode().value())
                    .isEqualTo(200);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    @Test
    void provisioningAgainKeepsWhatAnotherInstanceRegisteredInTheRealm() {
        addStagingRedirect();
        try {
            realm.ensure();
            assertThat(provisioner.provisionAll().failures()).isEmpty();

            assertThat(webClient().getRedirectUris()).contains(STAGING).containsAll(settings.redirectUris());
            String officer = keycloak.tokenOf("humen.officer");
            assertThat(get("/api/tenants/humen/tasks", officer).getStatusCode().value()).isEqualTo(200);
        } finally {
            removeStagingRedirect();
        }
    }

    private void addStagingRedirect() {
        ClientRepresentation client = webClient();
        List<String> uris = new ArrayList<>(client.getRedirectUris());
        uris.add(STAGING);
        client.setRedirectUris(uris);
        admin.realm().clients().get(client.getId()).update(client);
    }

    private void removeStagingRedirect() {
        ClientRepresentation client = webClient();
        client.setRedirectUris(client.getRedirectUris().stream().filter(uri -> !uri.equals(STAGING)).toList());
        admin.realm().clients().get(client.getId()).update(client);
    }

    private ClientRepresentation webClient() {
        return admin.realm().clients().findByClientId(settings.webClientId()).get(0);
    }

    private ResponseEntity<String> get(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
