package com.credittown.platform.metrics;

import com.credittown.platform.credit.publication.DoublePublicityRowsCommitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 双公示 import throughput: rows committed by tenant and outcome ({@code credittown_imports_double_publicity_rows_total},
 * outcome {@code imported}, {@code unchanged} or {@code rejected}), counted after each chunk commits.
 */
@Component
class ImportMetrics {

    static final String ROWS = "credittown.imports.double.publicity.rows";

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void committed(DoublePublicityRowsCommitted rows) {
        count(rows, "imported", rows.imported());
        count(rows, "unchanged", rows.unchanged());
        count(rows, "rejected", rows.rejected());
    }

    private void count(DoublePublicityRowsCommitted rows, String outcome, int amount) {
        Counter.builder(ROWS).description("双公示 rows imported, unchanged or rejected")
                .tag("tenant", rows.tenant().code()).tag("outcome", outcome)
                .register(registry).increment(amount);
    }
}
