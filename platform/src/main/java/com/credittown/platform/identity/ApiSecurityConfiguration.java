package com.credittown.platform.identity;

import com.credittown.platform.time.PlatformClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
 * {@code /api/public/**}.
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
     * Which roles may call which part of the API: the one place for these rules. Which rows a caller sees
     * is decided elsewhere (the tenant filter, candidate groups, a merchant's own subject).
     */
    private static void roles(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        String officer = Roles.OFFICER;
        String reviewer = Roles.DEPARTMENT_REVIEWER;
        String admin = Roles.ADMINISTRATOR;
        String city = Roles.CITY_OFFICE;
        api.requestMatchers("/api/public/**").permitAll()
                // the city's working-day calendar: everyone reads, the city office writes
                .requestMatchers(HttpMethod.GET, "/api/calendar/**").authenticated()
                .requestMatchers("/api/calendar/**").hasRole(city)
                // search: the search box (the city office across tenants) for those who work cases, not merchants
                .requestMatchers(HttpMethod.GET, "/api/search", "/api/tenants/*/search", "/api/tenants/*/search/**")
                .hasAnyRole(officer, reviewer, admin, city)
                // search administration
                .requestMatchers(HttpMethod.GET, "/api/search/**").authenticated()
                .requestMatchers("/api/search/**").hasAnyRole(city, admin)
                // credit reports (信用报告): officers, administrators and the city office; a merchant its own subject's
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/subjects/*/credit-report")
                .hasAnyRole(officer, admin, city, Roles.MERCHANT)
                // credit archive: departments and officers enter records, merchants read their own subject
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/subjects/**").authenticated()
                .requestMatchers("/api/tenants/*/subjects/**", "/api/tenants/*/records/**")
                .hasAnyRole(officer, reviewer, admin)
                // linking merchant accounts to their subjects
                .requestMatchers("/api/tenants/*/merchants/**").hasAnyRole(officer, admin)
                // template library: everyone reads, the tenant's administrator publishes adaptations
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/templates/**").authenticated()
                .requestMatchers("/api/tenants/*/templates/**").hasRole(admin)
                // process designer: officers and administrators design, the administrator publishes (as for
                // templates), the city office reads
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/designs/**").hasAnyRole(officer, admin, city)
                .requestMatchers(HttpMethod.POST, "/api/tenants/*/designs/*/publish").hasRole(admin)
                .requestMatchers("/api/tenants/*/designs/**").hasAnyRole(officer, admin)
                // 双公示 imports
                .requestMatchers("/api/tenants/*/imports/**").hasAnyRole(officer, admin, city)
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/districts/**").authenticated()
                .requestMatchers("/api/tenants/*/districts/**").hasAnyRole(officer, admin)
                // cases: officers open them, reviewers work their department's tasks
                .requestMatchers(HttpMethod.POST, "/api/tenants/*/cases").hasAnyRole(officer, admin)
                .requestMatchers(HttpMethod.POST, "/api/tenants/*/tasks/**").hasAnyRole(officer, reviewer, admin, city)
                // officer workspace: case attachments (the city office reads them, does not add)
                .requestMatchers(HttpMethod.POST, "/api/tenants/*/cases/*/attachments").hasAnyRole(officer, reviewer, admin)
                // tenant settings: the tenant's administrator changes them, the city office reads any tenant's
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/settings", "/api/tenants/*/settings/**")
                .hasAnyRole(admin, city)
                .requestMatchers("/api/tenants/*/settings", "/api/tenants/*/settings/**").hasRole(admin)
                // in-app notifications: every user reads and marks their own (and their groups')
                .requestMatchers("/api/tenants/*/notifications/**").authenticated()
                // assessment ledgers (考核台账): a tenant reads its own, the city office reads every tenant's
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/ledger").hasAnyRole(officer, admin, city)
                // city supervision (通知、督办、约谈提醒): a tenant reads what it received (and answers it as a task)
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/supervision/**").hasAnyRole(officer, admin, city)
                // key-task ledger (重点任务工作台账): a tenant reads and updates its own copies, the city office reads
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/key-tasks/**").hasAnyRole(officer, admin, city)
                .requestMatchers("/api/tenants/*/key-tasks/**").hasAnyRole(officer, admin)
                // the audit chain (审计链) of a tenant: its administrator verifies it, the city office every tenant's
                .requestMatchers(HttpMethod.GET, "/api/tenants/*/audit/**").hasAnyRole(admin, city)
                .requestMatchers("/api/city/**").hasRole(city)
                // the merchant portal: a merchant acts for its own subject only (MerchantPortal)
                .requestMatchers("/api/tenants/*/my/**").hasRole(Roles.MERCHANT)
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
