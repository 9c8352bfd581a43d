package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A changed web client secret ({@code CT_KEYCLOAK_WEB_SECRET} rotated, or a client another instance created with
 * another secret) reaches Keycloak at the next realm set-up: Keycloak then accepts the configured secret, which the
 * application logs users in with, and refuses the old one; a set-up with the same secret changes nothing. Runs against
 * the real Keycloak of scripts/services.sh on a throw-away realm of its own, so the shared city realm is not touched.
 */
class CityRealmClientSecretIntegrationTest {

    private final String realmName = ThrowAwayRealms.name("secret");
    private final HttpClient http = HttpClient.newHttpClient();
    private KeycloakSettings settings;

    @AfterEach
    void dropRealm() {
        new KeycloakAdmin(settings).realm().remove();
    }

    @Test
    void aChangedSecretReplacesTheOneKeycloakHoldsAndTheOldOneIsRefused() throws Exception {
        assertThat(new CityRealm(adminWith("first-secret")).ensure()).as("realm and client created").isTrue();
        assertThat(clientAuthenticates("first-secret")).isTrue();

        CityRealm rotated = new CityRealm(adminWith("second-secret"));
        assertThat(rotated.ensure()).as("the secret differed").isTrue();

        assertThat(clientAuthenticates("second-secret")).as("the configured secret").isTrue();
        assertThat(clientAuthenticates("first-secret")).as("the old secret").isFalse();
        assertThat(rotated.ensure()).as("a second run changes nothing").isFalse();
    }

    private KeycloakAdmin adminWith(String secret) {
        settings = ThrowAwayRealms.settings(realmName, secret);
        return new KeycloakAdmin(settings);
    }

    /**
     * Whether Keycloak accepts the web client with this secret: token introspection authenticates the client first
     * (401 for a wrong secret) and then answers that a made-up token is not active.
     */
    private boolean clientAuthenticates(String secret) throws Exception {
        String form = "client_id=credittown-web&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8)
                + "&token=not-a-token";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.openIdConnect(
                        "token/introspect")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(200, 401);
        return response.statusCode() == 200;
    }
}
