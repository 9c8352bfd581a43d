package com.credittown.platform.readiness;

import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointProperties;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/health} tells a caller who may not see its components (anonymous load balancers, an officer) the
 * overall status and nothing else. Spring Boot's own web extension adds the names of the health groups
 * ({@code "groups":["liveness","readiness"]}) to every caller's answer, even where {@code show-components} hides the
 * components; this one names them only to those who see the components (an administrator, the city office). The probes
 * themselves ({@code /actuator/health/liveness}, {@code /readiness}) answer everyone as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StatusOnlyHealth {

    /** Replaces Boot's extension (its bean is conditional on there being none). */
    @Bean
    HealthEndpointWebExtension healthEndpointWebExtension(HealthContributorRegistry registry,
                                                          HealthEndpointGroups groups,
                                                          HealthEndpointProperties properties) {
        return new GroupsOnlyWithComponents(registry, groups, properties.getLogging().getSlowIndicatorThreshold());
    }
}
