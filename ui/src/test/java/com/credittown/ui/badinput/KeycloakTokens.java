package com.credittown.ui.badinput;

import com.credittown.platform.identity.KeycloakSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Real access tokens of the demo users from the Keycloak started by scripts/services.sh (the password grant of the
 * platform's web client, as {@code RealKeycloak} in the ui tests), kept for a minute so a long corpus run does not
 * outlive them.
 */
final class KeycloakTokens {

    private static final String DEMO_PASSWORD = "demo1234";

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Map.Entry<Instant, String>> cache = new HashMap<>();

    KeycloakTokens(KeycloakSettings settings) {
        this.settings = settings;
    }

    synchronized String of(String username) {
        Map.Entry<Instant, String> cached = cache.get(username);
        if (cached != null && cached.getKey().isAfter(Instant.now().minus(Duration.ofSeconds(60)))) {
            return cached.getValue();
        }
        String token = fetch(username);
        cache.put(username, Map.entry(Instant.now(), token));
        return token;
    }

    private String fetch(String username) {
        Map<String, String> form = Map.of("grant_type", "password", "client_id", settings.webClientId(),
                "client_secret", settings.webClientSecret(), "username", username, "password", DEMO_PASSWORD,
                "scope", "openid organization");
        StringBuilder body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        String base = settings.url().toString().replaceAll("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/" + settings.realm()
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            var answer = new ObjectMapper().readTree(response.body());
            if (!answer.has("access_token")) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return answer.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
