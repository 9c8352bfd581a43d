package com.credittown.platform.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The progress of a full reindex.
 *
 * @param state        IDLE (none since start-up), RUNNING, DONE or FAILED
 * @param index        the concrete index being built (or built)
 * @param previous     the index the alias pointed to before (deleted after the swap)
 * @param done         documents sent so far
 * @param total        documents to send (counted at the start)
 * @param perSecond    documents per second so far
 * @param etaSeconds   estimated seconds left (null when unknown)
 */
public record ReindexStatus(String type, String state, String index, String previous, long done, long total,
                            double perSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                            String error) {

    static ReindexStatus idle(String type) {
        return new ReindexStatus(type, "IDLE", null, null, 0, 0, 0, null, null, null, null);
    }

    static ReindexStatus running(String type, String index, long done, long total, Instant startedAt) {
        double seconds = Math.max(Duration.between(startedAt, Instant.now()).toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        Long eta = rate > 0 ? (long) Math.ceil(Math.max(total - done, 0) / rate) : null;
        return new ReindexStatus(type, "RUNNING", index, null, done, total, Math.round(rate * 10) / 10.0, eta,
                startedAt, null, null);
    }

    ReindexStatus done(String previous) {
        return new ReindexStatus(type, "DONE", index, previous, done, total, perSecond, 0L, startedAt, Instant.now(),
                null);
    }

    ReindexStatus failed(String error) {
        return new ReindexStatus(type, "FAILED", index, null, done, total, perSecond, null, startedAt, Instant.now(),
                error);
    }

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
