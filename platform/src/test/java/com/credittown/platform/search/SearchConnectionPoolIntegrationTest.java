package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application's Elasticsearch client does not make a request wait while a dozen others are busy: with the client's
 * own pool (10 connections per node) the outbox's bulk request waited behind slow searches, and changes became
 * searchable seconds late when searching was busy (docs/benchmarks/search.md).
 */
@SpringBootTest
class SearchConnectionPoolIntegrationTest {

    private static final int BUSY = 12;
    private static final Duration SLOW = Duration.ofSeconds(6);

    @Autowired
    RestClient rest;
    @Autowired
    ElasticsearchClient client;

    @Test
    void aRequestIsAnsweredWhileADozenSlowRequestsHoldConnections() throws Exception {
        CountDownLatch answered = new CountDownLatch(BUSY);
        long start = System.nanoTime();
        for (int i = 0; i < BUSY; i++) {
            // read-only and slow: waits SLOW for a cluster of 99 nodes that never comes, holding its connection
            Request wait = new Request("GET", "/_cluster/health");
            wait.addParameter("wait_for_nodes", ">=99");
            wait.addParameter("timeout", SLOW.toSeconds() + "s");
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
        Thread.sleep(500); // the slow requests are on their connections
        long count = client.count(c -> c.index("_all")).count();
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(count).isGreaterThanOrEqualTo(0);
        assertThat(waitedMs).as("a request behind %d slow ones (%d ms)", BUSY, waitedMs)
                .isLessThan(SLOW.toMillis() - 1_000);
        assertThat(answered.await(SLOW.toSeconds() + 30, TimeUnit.SECONDS)).isTrue();
    }
}
