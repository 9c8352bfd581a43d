package com.credittown.platform.search;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Search in /actuator/health (as {@code search}). Always UP: Elasticsearch down degrades search, not the
 * application; the details say so, with the outbox backlog.
 */
@Component("search")
class SearchHealthIndicator extends AbstractHealthIndicator {

    private final SearchStatus status;

    SearchHealthIndicator(SearchStatus status) {
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SearchStatus.View view = status.view();
        builder.up()
                .withDetail("state", view.state())
                .withDetail("backlog", view.backlog())
                .withDetail("failing", view.failing());
        if (view.lastError() != null) {
            builder.withDetail("lastError", view.lastError());
        }
    }
}
