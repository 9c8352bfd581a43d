package com.credittown.platform.search;

import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.autoconfigure.elasticsearch.RestClientBuilderCustomizer;

/** Sizes the connection pool of the application's Elasticsearch client ({@link SearchSettings.Client}). */
final class SearchConnectionPool implements RestClientBuilderCustomizer {

    private final SearchSettings.Client settings;

    SearchConnectionPool(SearchSettings.Client settings) {
        if (settings.maxConnectionsPerNode() < 1 || settings.maxConnections() < settings.maxConnectionsPerNode()) {
            throw new IllegalArgumentException("credittown.search.client: max-connections-per-node must be at least 1"
                    + " and max-connections at least max-connections-per-node, but got "
                    + settings.maxConnectionsPerNode() + " and " + settings.maxConnections());
        }
        this.settings = settings;
    }

    @Override
    public void customize(RestClientBuilder builder) {
        // the pool is the HTTP client's (below)
    }

    @Override
    public void customize(HttpAsyncClientBuilder builder) {
        builder.setMaxConnPerRoute(settings.maxConnectionsPerNode()).setMaxConnTotal(settings.maxConnections());
    }
}
