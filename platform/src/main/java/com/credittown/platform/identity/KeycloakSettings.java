package com.credittown.platform.identity;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the city's Keycloak is.
 *
 * @param url        base URL of the Keycloak server, e.g. {@code http://127.0.0.1:8180}
 * @param realm      the city's realm
 * @param timeout    how long a health probe waits
 */
@ConfigurationProperties("credittown.keycloak")
public record KeycloakSettings(
        @DefaultValue("http://127.0.0.1:8180") URI url,
        @DefaultValue("dongguan") String realm,
        @DefaultValue("2s") Duration timeout) {
}
