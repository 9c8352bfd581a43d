package com.credittown.platform.readiness;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.HealthEndpointWebExtension;
import org.springframework.boot.actuate.health.StatusAggregator;

/**
 * Boot's health web extension, but naming the health groups only to a caller who sees the components; the bean
 * {@link StatusOnlyHealth} puts in place of Boot's own.
 */
@EndpointWebExtension(endpoint = HealthEndpoint.class)
class GroupsOnlyWithComponents extends HealthEndpointWebExtension {

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
