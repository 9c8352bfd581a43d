package com.credittown.platform.identity;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The UI's OpenID Connect client registration, with Keycloak's endpoints spelled out rather than
 * discovered, so the application starts (and shows a clear page) while Keycloak is down.
 */
@Configuration(proxyBeanMethods = false)
class WebLoginConfiguration {

    static final String REGISTRATION = "keycloak";

    /** The realm roles in the ID token become {@code ROLE_<role>} authorities of the login session. */
    @Bean
    GrantedAuthoritiesMapper keycloakRoles() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new LinkedHashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    Map<String, Object> claims = new java.util.HashMap<>(oidc.getIdToken().getClaims());
                    if (oidc.getUserInfo() != null) {
                        claims.putAll(oidc.getUserInfo().getClaims());
                    }
                    CurrentUser.fromClaims(claims).roles()
                            .forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }

    @Bean
    ClientRegistrationRepository keycloakRegistrations(KeycloakSettings settings) {
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(settings.webClientId())
                .clientSecret(settings.webClientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email", "organization")
                .issuerUri(settings.issuer())
                .authorizationUri(settings.openIdConnect("auth"))
                .tokenUri(settings.openIdConnect("token"))
                .jwkSetUri(settings.openIdConnect("certs"))
                .userInfoUri(settings.openIdConnect("userinfo"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", settings.openIdConnect("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }


}
