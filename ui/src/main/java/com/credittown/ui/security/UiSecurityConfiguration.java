package com.credittown.ui.security;

import com.credittown.platform.identity.LoginPaths;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * The Vaadin UI logs in through Keycloak (OpenID Connect, authorization code flow); logging out ends the
 * Keycloak session too. Health and the public pages need no login.
 */
@Configuration
@EnableWebSecurity
class UiSecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(new AntPathRequestMatcher("/actuator/health/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher(LoginPaths.LOGIN)).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/public/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/v3/api-docs/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/swagger-ui/**")).permitAll()
                .requestMatchers(new AntPathRequestMatcher("/swagger-ui.html")).permitAll());
        super.configure(http);
        setOAuth2LoginPage(http, LoginPaths.LOGIN, "{baseUrl}/");
    }
}
