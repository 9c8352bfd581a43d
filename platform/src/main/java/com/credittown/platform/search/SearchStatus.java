package com.credittown.platform.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether search is healthy: Elasticsearch reachable or not (learnt from the dispatcher and from searches), the
 * outbox backlog and the last error.
 */
@Component
public class SearchStatus {

    private final JdbcTemplate jdbc;
    private volatile Boolean reachable; // null until the first answer or failure
    private volatile String lastError;
    private volatile Instant lastErrorAt;
    private volatile Instant lastDispatchAt;
    private final AtomicLong dispatched = new AtomicLong();

    SearchStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True while Elasticsearch cannot be reached: searches answer 503, changes wait in the outbox. */
    public boolean degraded() {
        return Boolean.FALSE.equals(reachable);
    }

    /** Outbox rows not yet in the index, counted now. */
    public long backlog() {
        Long backlog = jdbc.queryForObject("select count(*) from search_outbox", Long.class);
        return backlog == null ? 0 : backlog;
    }

    /** A snapshot, with the backlog counted now. */
    public View view() {
        Long backlog = jdbc.queryForObject("select count(*) from search_outbox", Long.class);
        Long failing = jdbc.queryForObject("select count(*) from search_outbox where attempts > 0", Long.class);
        Timestamp oldest = jdbc.queryForObject("select min(created_at) from search_outbox", Timestamp.class);
        return new View(degraded() ? "DEGRADED" : reachable == null ? "STARTING" : "UP", degraded(),
                backlog == null ? 0 : backlog, failing == null ? 0 : failing,
                oldest == null ? null : oldest.toInstant(), lastDispatchAt, dispatched.get(), lastError, lastErrorAt);
    }

    void reachable() {
        reachable = true;
    }

    void unreachable(Exception e) {
        reachable = false;
        error(describe(e));
    }

    void error(String message) {
        lastError = message;
        lastErrorAt = Instant.now();
    }

    void dispatched(int documents) {
        reachable = true;
        lastDispatchAt = Instant.now();
        dispatched.addAndGet(documents);
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }

    /**
     * @param state          UP, DEGRADED (Elasticsearch unreachable) or STARTING (not yet contacted)
     * @param backlog        outbox rows not yet in the index
     * @param failing        of those, rows that failed at least once
     * @param oldestChangeAt the time of the oldest change not yet in the index
     * @param dispatched     documents this node sent since it started
     */
    public record View(String state, boolean degraded, long backlog, long failing, Instant oldestChangeAt,
                       Instant lastDispatchAt, long dispatched, String lastError, Instant lastErrorAt) {
    }
}
