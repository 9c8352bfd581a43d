package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two dispatchers (as on two application nodes) work through one outbox at the same moment: each row is taken by
 * exactly one of them ({@code FOR UPDATE SKIP LOCKED}). The probe rows name a document type no node knows, so a take
 * is visible as one attempt on the row and nothing reaches an index; they start with many attempts so their next
 * try is far off and the node's own scheduled dispatcher cannot take them a second time during the test.
 */
@SpringBootTest
class SearchOutboxConcurrencyIntegrationTest {

    // many batches (500 each): the scheduled dispatchers of cached test contexts on this database take batches too
    private static final int ROWS = 15_000;
    private static final int EARLIER_ATTEMPTS = 20;

    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SearchMappingUpgrade upgrade;
    @Autowired
    SearchStatus status;
    @Autowired
    SearchSettings settings;
    @Autowired
    PlatformTransactionManager transactions;

    private final String type = "probe-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeProbes() {
        jdbc.update("delete from search_outbox where doc_type = ?", type);
    }

    @Test
    void twoNodesDispatchingAtOnceTakeEachRowOnce() throws Exception {
        // the rows fall due a moment after they are written, and the two nodes start at that instant: the scheduled
        // dispatchers of cached test contexts wake at any point of their interval, and rows of an unknown type are
        // taken fast (no Elasticsearch), so rows due at once were all gone before the nodes started (seen twice)
        Timestamp created = Timestamp.from(Instant.now());
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(3600));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Object[] {"humen", type, "doc-" + i, "UPSERT", created, EARLIER_ATTEMPTS, later});
        }
        jdbc.batchUpdate("insert into search_outbox (tenant_id, doc_type, doc_id, operation, created_at, attempts,"
                + " next_attempt_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
        Instant due = Instant.now().plusMillis(1500);
        jdbc.update("update search_outbox set next_attempt_at = ? where doc_type = ?", Timestamp.from(due), type);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Integer>> taken = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                SearchOutboxDispatcher dispatcher =
                        new SearchOutboxDispatcher(client, jdbc, indexes, upgrade, status, settings, transactions);
                taken.add(nodes.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    long wait = Duration.between(Instant.now(), due).toMillis() + 5;
                    if (wait > 0) {
                        Thread.sleep(wait);
                    }
                    int total = 0;
                    int hiccups = 0;
                    // -1: Elasticsearch did not answer in time (a loaded machine); the rows stay and are taken later
                    for (int batch = dispatcher.dispatchBatch(); batch != 0; batch = dispatcher.dispatchBatch()) {
                        if (batch > 0) {
                            total += batch;
                        } else if (++hiccups > 20) {
                            throw new IllegalStateException("Elasticsearch did not answer 20 times");
                        }
                    }
                    return total;
                }));
            }
            int first = taken.get(0).get(120, TimeUnit.SECONDS);
            int second = taken.get(1).get(120, TimeUnit.SECONDS);
            // which node takes how many depends on the machine's load (and the scheduled dispatchers of the cached
            // test contexts compete too); that the two nodes took part is what must hold
            assertThat(first + second).as("the two nodes took rows").isPositive();
        } finally {
            nodes.shutdownNow();
        }
        // every row was taken once, by one node or the other (or a scheduled dispatcher of a cached test context on
        // the same database, which may still hold its last batch when the two nodes find nothing left to take)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(jdbc.queryForList("select attempts, count(*) as n from search_outbox where doc_type = ?"
                        + " group by attempts", type))
                        .singleElement().satisfies(row -> {
                            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(EARLIER_ATTEMPTS + 1);
                            assertThat(((Number) row.get("n")).intValue()).isEqualTo(ROWS);
                        }));
    }
}
