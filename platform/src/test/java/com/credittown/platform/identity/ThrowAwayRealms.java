package com.credittown.platform.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Realms of a test's own on the real Keycloak of scripts/services.sh ({@code CT_KEYCLOAK_PORT}, default 8180), so the
 * shared city realm other tests rely on is never touched; each test removes its realm afterwards.
 */
final class ThrowAwayRealms {

    private ThrowAwayRealms() {
    }

    /** A realm name no other test run uses, e.g. {@code ct-secret-1a2b3c4d}. */
    static String name(String purpose) {
        return "ct-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The platform's settings for that realm, with this web client secret. */
    static KeycloakSettings settings(String realm, String webClientSecret) {
        return new KeycloakSettings(
                URI.create("http://127.0.0.1:" + System.getenv().getOrDefault("CT_KEYCLOAK_PORT", "8180")),
                realm, Duration.ofSeconds(10), "master", "admin", "admin", "credittown-web", webClientSecret,
                "credittown-api", List.of("http://localhost*"), true, true);
    }
}
