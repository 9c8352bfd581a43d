package com.credittown.ui.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A REST client as a careful integrator writes one: each creating POST carries an Idempotency-Key, and when the
 * answer is lost (connection refused or reset, timeout, 503) the SAME request with the SAME key is sent again, to
 * the other node, a bounded number of times.
 */
final class ReliabilityClient {

    record Answer(int status, JsonNode body, boolean replayed) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<AppNode> nodes;
    private final String token;
    final AtomicInteger lostAnswers = new AtomicInteger();

    ReliabilityClient(List<AppNode> nodes, String token) {
        this.nodes = nodes;
        this.token = token;
    }

    String token() {
        return token;
    }

    /** POSTs with a fresh Idempotency-Key, first to node {@code first}, retrying as described. */
    Answer post(int first, String path, Object body) {
        String key = UUID.randomUUID().toString();
        String content;
        try {
            content = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (int attempt = 0; attempt < 60; attempt++) {
            AppNode node = nodes.get((first + attempt) % nodes.size());
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.base() + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(content)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503 || response.statusCode() == 502) {
                    lostAnswers.incrementAndGet();
                } else {
                    return new Answer(response.statusCode(),
                            response.body().isBlank() ? null : json.readTree(response.body()),
                            response.headers().firstValue("Idempotent-Replayed").isPresent());
                }
            } catch (IOException lost) {
                lostAnswers.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos()); // a client's back-off before its retry
        }
        throw new IllegalStateException("no answer for POST " + path + " after 60 attempts");
    }

    JsonNode get(int node, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(nodes.get(node).base() + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    static String token(String keycloak, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=credittown-web&client_secret="
                + URLEncoder.encode(System.getenv().getOrDefault("CT_KEYCLOAK_WEB_SECRET", "credittown-web-dev-secret"),
                StandardCharsets.UTF_8)
                + "&username=" + username + "&password=demo1234&scope=openid%20organization";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/dongguan/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = new ObjectMapper().readTree(response.body());
        if (!answer.has("access_token")) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return answer.get("access_token").asText();
    }
}
