package com.credittown.platform.metrics;

import com.credittown.platform.search.SearchStatus;
import com.credittown.platform.workflow.OverdueTaskCounts;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the gauges every {@code credittown.metrics.census-interval} on every node (one grouped query for the overdue
 * tasks of all tenants, one count of the search outbox): a scrape reads the last census and costs no query. The
 * figures are the same on every node; they may lag by one interval.
 *
 * <ul>
 *   <li>{@code credittown_tasks_overdue{tenant}}: open tasks past their due date, one series per tenant that has
 *       any (a tenant whose last overdue task was done drops out: absent means zero)</li>
 *   <li>{@code credittown_search_outbox_backlog}: changes not yet in the search index</li>
 * </ul>
 */
@Component
public class PlatformCensus {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformCensus.class);

    private final OverdueTaskCounts overdue;
    private final SearchStatus search;
    private final Clock clock;
    private final MultiGauge overdueByTenant;
    private final AtomicLong backlog = new AtomicLong();

    PlatformCensus(OverdueTaskCounts overdue, SearchStatus search, Clock clock, MeterRegistry registry) {
        this.overdue = overdue;
        this.search = search;
        this.clock = clock;
        this.overdueByTenant = MultiGauge.builder("credittown.tasks.overdue")
                .description("Open tasks past their due date (counted every census interval)")
                .register(registry);
        Gauge.builder("credittown.search.outbox.backlog", backlog, AtomicLong::get)
                .description("Changes waiting in the search outbox (counted every census interval)")
                .register(registry);
    }

    /** Counts again now (the scheduler calls it; tests call it to avoid waiting for the interval). */
    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${credittown.metrics.census-interval:PT1M}")
    public void count() {
        try {
            Map<String, Long> counts = overdue.byTenant(clock.instant());
            overdueByTenant.register(counts.entrySet().stream()
                    .map(entry -> MultiGauge.Row.of(Tags.of("tenant", entry.getKey()), entry.getValue()))
                    .toList(), true);
            backlog.set(search.backlog());
        } catch (RuntimeException e) {
            // the database may be down: the gauges keep their last figures, health says what is wrong
            LOG.warn("Metrics census failed: {}", e.toString());
        }
    }
}
