package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpHost;
import org.assertj.core.api.SoftAssertions;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application's Elasticsearch client does not make a request wait while a dozen others are busy: with the client's
 * own pool (10 connections per node) the outbox's bulk request waited behind slow searches, and changes became
 * searchable seconds late when searching was busy (docs/benchmarks/search.md). Run with
 * {@code -Dcredittown.search.client.max-connections-per-node=10} it fails: only 10 of the 12 slow requests reach
 * Elasticsearch, and the count arrives after a slow one gives its connection back.
 */
@SpringBootTest
class SearchConnectionPoolIntegrationTest {

    private static final int BUSY = 12;
    private static final Duration SLOW = Duration.ofSeconds(10);
    /** How long the slow requests get to reach Elasticsearch (they are all sent at once). */
    private static final Duration ON_THEIR_CONNECTIONS = Duration.ofSeconds(4);
    /** A count of three documents, answered within this while the slow requests still run. */
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Autowired
    RestClient rest;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchIndexes indexes;
    @Value("${spring.elasticsearch.uris}")
    String elasticsearchUri;

    @Test
    void aRequestIsAnsweredWhileADozenSlowRequestsHoldConnections() throws Exception {
        String index = indexes.prefix() + "-connection-pool-test";
        String marker = "connection-pool-test-" + System.nanoTime();
        try (RestClient own = RestClient.builder(HttpHost.create(elasticsearchUri.split(",")[0].strip())).build()) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            for (int i = 0; i < 3; i++) {
                String id = Integer.toString(i);
                client.index(x -> x.index(index).id(id).document(java.util.Map.of("n", id)));
            }
            client.indices().refresh(r -> r.index(index));

            CountDownLatch answered = new CountDownLatch(BUSY);
            RequestOptions tagged = RequestOptions.DEFAULT.toBuilder().addHeader("X-Opaque-Id", marker).build();
            for (int i = 0; i < BUSY; i++) {
                // read-only and slow: waits SLOW for a cluster of 99 nodes that never comes, holding its connection
                Request wait = new Request("GET", "/_cluster/health");
                wait.addParameter("wait_for_nodes", ">=99");
                wait.addParameter("timeout", SLOW.toSeconds() + "s");
                wait.setOptions(tagged);
                rest.performRequestAsync(wait, new ResponseListener() {
                    @Override
                    public void onSuccess(Response response) {
                        answered.countDown();
                    }

                    @Override
                    public void onFailure(Exception exception) {
                        answered.countDown();
                    }
                });
            }
            // Elasticsearch itself says when the slow requests are on their connections (asked through a client of
            // this test's own: the pool under test may be full)
            int atElasticsearch = 0;
            long until = System.nanoTime() + ON_THEIR_CONNECTIONS.toNanos();
            while (atElasticsearch < BUSY && System.nanoTime() < until) {
                atElasticsearch = healthTasks(own, marker);
                if (atElasticsearch < BUSY) {
                    Thread.sleep(50);
                }
            }

            long start = System.nanoTime();
            long count = client.count(c -> c.index(index)).count();
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            boolean stillBusy = healthTasks(own, marker) > 0;

            SoftAssertions softly = new SoftAssertions();
            softly.assertThat(atElasticsearch).as("slow requests at Elasticsearch before the count").isEqualTo(BUSY);
            softly.assertThat(stillBusy).as("slow requests still running after the count").isTrue();
            softly.assertThat(count).as("documents counted").isEqualTo(3);
            softly.assertThat(waitedMs).as("ms the count took behind %d slow requests", BUSY)
                    .isLessThan(BOUND.toMillis());
            softly.assertAll();
            assertThat(answered.await(SLOW.toSeconds() + 30, TimeUnit.SECONDS)).isTrue();
        } finally {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
    }

    /** The {@code cluster:monitor/health} tasks Elasticsearch is running for requests tagged with the marker. */
    private static int healthTasks(RestClient own, String marker) throws Exception {
        Request tasks = new Request("GET", "/_tasks");
        tasks.addParameter("actions", "cluster:monitor/health");
        tasks.addParameter("detailed", "true");
        JsonNode nodes = new ObjectMapper().readTree(own.performRequest(tasks).getEntity().getContent()).path("nodes");
        int found = 0;
        for (JsonNode node : nodes) {
            for (JsonNode task : node.path("tasks")) {
                if (marker.equals(task.path("headers").path("X-Opaque-Id").asText())) {
                    found++;
                }
            }
        }
        return found;
    }
}
