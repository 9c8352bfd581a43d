package com.credittown.platform.identity;

import com.credittown.platform.time.PlatformClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * How Keycloak-issued access tokens are checked: signature against the realm's keys (fetched once and
 * cached, so no call to Keycloak per request), issuer, audience and validity on the platform clock.
 */
final class KeycloakTokens {

    private KeycloakTokens() {
    }

    static JwtDecoder decoder(KeycloakSettings settings, PlatformClock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.openIdConnect("certs")).build();
        JwtTimestampValidator validity = new JwtTimestampValidator(Duration.ofSeconds(30));
        validity.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                validity, new JwtIssuerValidator(settings.issuer()), audience(settings.apiAudience()))));
        return decoder;
    }

    static JwtAuthenticationConverter authorities() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName("preferred_username");
        converter.setJwtGrantedAuthoritiesConverter(KeycloakTokens::roles);
        return converter;
    }

    /** Realm roles as {@code ROLE_<role>} authorities. */
    static Collection<GrantedAuthority> roles(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        CurrentUser.fromClaims(jwt.getClaims()).roles()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return authorities;
    }

    private static OAuth2TokenValidator<Jwt> audience(String audience) {
        OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "The token is not meant for this API", null);
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(wrongAudience);
    }
}
