package com.credittown.ui;

import com.credittown.platform.identity.KeycloakSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets real access tokens from the Keycloak started by scripts/services.sh (password grant). */
final class RealKeycloak {

    static final String DEMO_PASSWORD = "demo1234";

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    RealKeycloak(KeycloakSettings settings) {
        this.settings = settings;
    }

    /** An access token of a demo user through the platform's web client. */
    String tokenOf(String username) {
        return token(settings.realm(), settings.webClientId(), settings.webClientSecret(), username, DEMO_PASSWORD);
    }

    String token(String realm, String clientId, String clientSecret, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid organization");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = settings.url().toString().replaceAll("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
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

    /**
     * Logs a demo user in through Keycloak's real login pages in the browser: opens {@code appBase + path}, which
     * redirects to Keycloak, fills the identity-first username page, then the password page, and waits to be back
     * on the application.
     */
    static void logIn(WebDriver browser, WebDriverWait wait, String appBase, String username, String path) {
        browser.get(appBase + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        if (browser.findElements(By.id("password")).isEmpty()) {
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        }
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(appBase));
    }
}
