package com.credittown.platform.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.metrics.*}.
 *
 * @param censusInterval how often the gauges (overdue tasks per tenant, search outbox backlog) are counted again: two
 *                       queries per run and node, whatever the number of tenants or scrapes
 */
@ConfigurationProperties("credittown.metrics")
record MetricsSettings(@DefaultValue("PT1M") Duration censusInterval) {

    MetricsSettings {
        if (censusInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("credittown.metrics.census-interval must be at least one second");
        }
    }
}
