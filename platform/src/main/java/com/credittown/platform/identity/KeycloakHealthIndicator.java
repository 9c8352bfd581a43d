package com.credittown.platform.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Reports whether the Keycloak server answers (shown as {@code keycloak} in /actuator/health). */
@Component("keycloak")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private final KeycloakSettings settings;
    private final HttpClient http;

    KeycloakHealthIndicator(KeycloakSettings settings) {
        super("Keycloak health check failed");
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        URI probe = settings.url().resolve("/realms/master");
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(probe).timeout(settings.timeout()).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        builder.withDetail("url", settings.url().toString());
        if (response.statusCode() == 200) {
            builder.up();
        } else {
            builder.down().withDetail("status", response.statusCode());
        }
    }
}
