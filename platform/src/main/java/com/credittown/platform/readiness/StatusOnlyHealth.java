package com.credittown.platform.readiness;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.health.HealthEndpointProperties;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.boot.actuate.health.StatusAggregator;
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

    @EndpointWebExtension(endpoint = HealthEndpoint.class)
    static class GroupsOnlyWithComponents extends HealthEndpointWebExtension {

        GroupsOnlyWithComponents(HealthContributorRegistry registry, HealthEndpointGroups groups,
                                 java.time.Duration slowIndicatorLoggingThreshold) {
            super(registry, groups, slowIndicatorLoggingThreshold);
        }

        @Override
        protected HealthComponent aggregateContributions(ApiVersion apiVersion,
                                                         Map<String, HealthComponent> contributions,
                                                         StatusAggregator statusAggregator, boolean showComponents,
                                                         Set<String> groupNames) {
            return super.aggregateContributions(apiVersion, contributions, statusAggregator, showComponents,
                    showComponents ? groupNames : null);
        }
    }
}
