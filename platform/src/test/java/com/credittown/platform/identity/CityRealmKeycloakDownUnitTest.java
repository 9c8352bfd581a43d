package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keycloak down at start-up: the preparation fails at once with the connection's error (which provisioning records as
 * a failed run and retries), not as Keycloak refusing the set-up and not by waiting.
 */
class CityRealmKeycloakDownUnitTest {

    @Test
    void anUnreachableKeycloakFailsThePreparationWithTheConnectionError() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        KeycloakSettings settings = new KeycloakSettings(URI.create("http://127.0.0.1:" + closedPort), "ct-down",
                Duration.ofSeconds(2), "master", "admin", "admin", "credittown-web", "secret", "credittown-api",
                List.of("http://localhost*"), true, true);

        assertThatThrownBy(() -> new CityRealm(new KeycloakAdmin(settings)).ensure())
                .isInstanceOf(ProcessingException.class);
    }
}
