package com.credittown.platform.identity;

import com.credittown.platform.time.PlatformClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The REST API accepts only Keycloak bearer tokens. A missing, forged, expired, wrong-audience or
 * wrong-realm token gets a bare 401 with no detail. Anonymous read-only public endpoints live under
 * {@code /api/public/**}. What a logged-in caller may do is decided by the services ({@link Allowed}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(KeycloakSettings.class)
class ApiSecurityConfiguration {

    @Bean
    JwtDecoder keycloakJwtDecoder(KeycloakSettings settings, PlatformClock clock) {
        return KeycloakTokens.decoder(settings, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder) throws Exception {
        return http
                .securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(ApiSecurityConfiguration::roles)
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(KeycloakTokens.authorities()))
                        .authenticationEntryPoint((request, response, e) -> bare(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> bare(response, HttpStatus.FORBIDDEN)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> bare(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> bare(response, HttpStatus.FORBIDDEN)))
                .build();
    }

    /**
     * {@code /actuator/prometheus}: the operations figures of every tenant, for a bearer token of the city office (or of
     * a client given the realm role {@code metrics-reader}, e.g. a Prometheus server's service account). No token: 401;
     * any other role (a merchant, a town's officer or administrator): 403. Health keeps its own rules (the UI chain).
     */
    @Bean
    @Order(2)
    SecurityFilterChain metricsSecurity(HttpSecurity http, JwtDecoder decoder) throws Exception {
        return http
                .securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(metrics -> metrics.anyRequest().hasAnyRole(Roles.CITY_OFFICE, Roles.METRICS_READER))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(KeycloakTokens.authorities()))
                        .authenticationEntryPoint((request, response, e) -> bare(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> bare(response, HttpStatus.FORBIDDEN)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> bare(response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((request, response, e) -> bare(response, HttpStatus.FORBIDDEN)))
                .build();
    }

    /**
     * The URL rules only require a login (the public read-only API excepted): who may do what is the services' method
     * security ({@link Allowed}, {@link Permission}), the one place for these rules; which rows a caller sees is the
     * tenant filter's, the candidate groups' and the archive's ({@code ArchiveAccess}).
     */
    private static void roles(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/public/**").permitAll()
                .anyRequest().authenticated();
    }

    private static void bare(jakarta.servlet.http.HttpServletResponse response, HttpStatus status)
            throws java.io.IOException {
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value() + "}");
    }
}
