package com.credittown.ui.security;

import com.credittown.platform.identity.LoginPaths;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * The Vaadin UI logs in through Keycloak (OpenID Connect, authorization code flow); logging out ends the
 * Keycloak session too. Health (its status only: see management.endpoint.health in credittown-defaults.yml) and the
 * public pages need no login; the OpenAPI description and Swagger UI need none only under the {@code dev} profile.
 */
@Configuration
@EnableWebSecurity
class UiSecurityConfiguration extends VaadinWebSecurity {

    /** The profile of a developer's machine (scripts/run.sh): the API documentation is open there. */
    static final String DEV_PROFILE = "dev";

    private final boolean openApiDocumentation;
    private final ClientRegistrationRepository registrations;

    UiSecurityConfiguration(Environment environment, ClientRegistrationRepository registrations) {
        this.openApiDocumentation = environment.acceptsProfiles(Profiles.of(DEV_PROFILE));
        this.registrations = registrations;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher(LoginPaths.LOGIN)).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/public/**")).permitAll());
        if (openApiDocumentation) {
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(new AntPathRequestMatcher("/v3/api-docs/**")).permitAll()
                    .requestMatchers(new AntPathRequestMatcher("/swagger-ui/**")).permitAll()
                    .requestMatchers(new AntPathRequestMatcher("/swagger-ui.html")).permitAll());
        }
        super.configure(http);
        setOAuth2LoginPage(http, LoginPaths.LOGIN, "{baseUrl}/");
        // Keycloak's login page in the user's language of the platform (zh-CN unless they chose English)
        http.oauth2Login(login -> login.authorizationEndpoint(endpoint -> endpoint
                .authorizationRequestResolver(new LoginLanguage(registrations))));
    }
}
