package com.credittown.ui.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox at scale on PostgreSQL (issue 18, item 3): 1k, 10k, 100k and 1M open tasks over 1,000 tenants, the group
 * inbox first page with its total without and with the tenant index, and completion time (see {@link InboxScale}).
 * Not a test: {@code scripts/bench.sh inbox} runs it under the Maven profile {@code bench}. System properties:
 * {@code bench.db}, {@code bench.sizes} (default 1000,10000,100000,1000000), {@code bench.reads},
 * {@code bench.completions}, {@code bench.out}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/${bench.db:credittown_bench_inbox}",
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "logging.level.root=WARN"})
@ActiveProfiles("postgres")
@DirtiesContext
class InboxScaleBenchmark extends InboxScale {

    @Test
    void inboxAtScale() throws Exception {
        measure("PostgreSQL", sizes("bench.sizes", "1000,10000,100000,1000000"), true, "");
    }
}
