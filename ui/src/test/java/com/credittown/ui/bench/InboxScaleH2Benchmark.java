package com.credittown.ui.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The inbox at scale on the embedded H2 default (a file database, as the application runs without the
 * {@code postgres} profile): completion must stay flat from 1k to 100k open tasks (see {@link InboxScale}). Not a
 * test: {@code scripts/bench.sh inbox} runs it after the PostgreSQL run. System properties: {@code bench.h2Sizes}
 * (default 1000,10000,100000), {@code bench.reads}, {@code bench.completions}, {@code bench.out}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/bench-inbox-h2/credittown;DB_CLOSE_ON_EXIT=FALSE",
        "logging.level.root=WARN"})
@DirtiesContext
class InboxScaleH2Benchmark extends InboxScale {

    @Test
    void inboxAtScaleOnH2() throws Exception {
        measure("H2", sizes("bench.h2Sizes", "1000,10000,100000"), true, "-h2");
    }
}
