/**
 * Operations' figures at {@code /actuator/prometheus} (Micrometer): cases started and completed per tenant and process
 * (from the engine's events, counted after commit), overdue tasks per tenant and the search outbox's backlog (from a
 * census every {@code credittown.metrics.census-interval}, so a scrape costs no query), and 双公示 import rows per
 * outcome (from {@code DoublePublicityRowsCommitted}). See docs/operations.md, "Metrics".
 */
package com.credittown.platform.metrics;
