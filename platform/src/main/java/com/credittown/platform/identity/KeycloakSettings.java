package com.credittown.platform.identity;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The city's Keycloak and how the platform uses it.
 *
 * @param url                   base URL of the Keycloak server; tokens' issuer is {@code url/realms/realm}
 * @param realm                 the city's realm (one realm per city)
 * @param timeout               how long health probes and admin calls wait
 * @param adminRealm            realm of the administrator account used for provisioning
 * @param adminUsername         administrator used for provisioning
 * @param adminPassword         its password
 * @param webClientId           the confidential client the Vaadin UI logs in with
 * @param webClientSecret       its secret
 * @param apiAudience           the audience every access token for the REST API must carry
 * @param redirectUris          where Keycloak may send users back to after login and logout
 * @param directAccessGrants    whether the web client accepts the password grant (scripts, tests); off in
 *                              production
 * @param selfRegistration      whether merchants may register themselves
 */
@ConfigurationProperties("credittown.keycloak")
public record KeycloakSettings(
        @DefaultValue("http://127.0.0.1:8180") URI url,
        @DefaultValue("dongguan") String realm,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("master") String adminRealm,
        @DefaultValue("admin") String adminUsername,
        @DefaultValue("admin") String adminPassword,
        @DefaultValue("credittown-web") String webClientId,
        @DefaultValue("credittown-web-dev-secret") String webClientSecret,
        @DefaultValue("credittown-api") String apiAudience,
        @DefaultValue({"http://localhost*", "http://127.0.0.1*"}) List<String> redirectUris,
        @DefaultValue("true") boolean directAccessGrants,
        @DefaultValue("true") boolean selfRegistration) {

    /** The issuer of the realm's tokens. */
    public String issuer() {
        return trimmed() + "/realms/" + realm;
    }

    public String openIdConnect(String endpoint) {
        return issuer() + "/protocol/openid-connect/" + endpoint;
    }

    private String trimmed() {
        String base = url.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
