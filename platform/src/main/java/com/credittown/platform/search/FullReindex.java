package com.credittown.platform.search;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The full reindex of every document type (subjects, records, ...), one type after the other, each behind its own
 * alias with its own atomic swap ({@link SearchReindex}): {@link #run(SearchDocumentType)} one type in the caller's
 * thread, {@link #start()} all types in the background (the admin action and {@code scripts/reindex.sh}),
 * {@link #status()} for the progress of all of them together.
 */
@Service
@Allowed(Permission.SEARCH_ADMIN)
public class FullReindex implements DisposableBean {

    private final SearchReindex reindex;
    private final List<SearchDocumentType> types;
    /** Documents each type had when the last {@link #start()} began: the total before a type's own count. */
    private volatile Map<String, Long> expected = Map.of();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-reindex");
        thread.setDaemon(true);
        return thread;
    });

    FullReindex(SearchReindex reindex, SearchIndexes indexes) {
        this.reindex = reindex;
        this.types = indexes.types();
    }

    /**
     * Rebuilds one type's index and swaps its alias; returns when done.
     *
     * @throws ConflictException       if a reindex of that type is running already
     * @throws SearchDegradedException if Elasticsearch cannot be reached
     */
    public ReindexStatus run(SearchDocumentType type) {
        return run(type, progress -> { });
    }

    ReindexStatus run(SearchDocumentType type, Consumer<ReindexStatus> afterBatch) {
        reindex.claim(type);
        return reindex.run(type, afterBatch);
    }

    /**
     * Starts a full reindex of every type in the background, one after the other (a failed type does not stop the
     * next).
     *
     * @throws ConflictException if a reindex of any type is running
     */
    public synchronized Progress start() {
        List<SearchDocumentType> claimed = new ArrayList<>();
        try {
            for (SearchDocumentType type : types) {
                reindex.claim(type);
                claimed.add(type);
            }
        } catch (ConflictException e) {
            claimed.forEach(type -> reindex.cancel(type, "not started: " + e.getMessage()));
            throw e;
        }
        Map<String, Long> counts = new HashMap<>();
        for (SearchDocumentType type : types) {
            counts.put(type.name(), type.count());
        }
        expected = Map.copyOf(counts);
        background.execute(() -> {
            for (SearchDocumentType type : types) {
                try {
                    reindex.run(type, progress -> { });
                } catch (RuntimeException e) {
                    // already logged and recorded in the type's status
                }
            }
        });
        return status();
    }

    /** The progress of every type, and of all of them together. */
    public Progress status() {
        List<ReindexStatus> each = types.stream().map(reindex::status).toList();
        return Progress.of(each, expected);
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }

    /**
     * The progress of a full reindex of all types.
     *
     * @param state      IDLE (none since start-up), RUNNING while any type runs or waits, then FAILED if any type
     *                   failed, else DONE
     * @param done       documents sent so far, all types
     * @param total      documents to send, all types (a waiting type counts what it had at the start)
     * @param perSecond  documents per second since the start
     * @param etaSeconds estimated seconds left (null when unknown)
     * @param types      each type's own progress, in reindex order
     */
    public record Progress(String state, long done, long total, double perSecond, Long etaSeconds,
                           Instant startedAt, Instant finishedAt, String error, List<ReindexStatus> types) {

        static Progress of(List<ReindexStatus> each, Map<String, Long> expected) {
            String state;
            if (each.stream().anyMatch(ReindexStatus::running)) {
                state = "RUNNING";
            } else if (each.stream().anyMatch(s -> "FAILED".equals(s.state()))) {
                state = "FAILED";
            } else if (!each.isEmpty() && each.stream().allMatch(s -> "DONE".equals(s.state()))) {
                state = "DONE";
            } else {
                state = "IDLE";
            }
            long done = each.stream().mapToLong(ReindexStatus::done).sum();
            long total = each.stream()
                    .mapToLong(s -> Math.max(s.total(), Math.max(s.done(), expected.getOrDefault(s.type(), 0L))))
                    .sum();
            Instant started = each.stream().map(ReindexStatus::startedAt).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
            Instant finished = "RUNNING".equals(state) ? null : each.stream().map(ReindexStatus::finishedAt)
                    .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
            double seconds = started == null ? 0
                    : Math.max(Duration.between(started, finished == null ? Instant.now() : finished).toMillis(), 1)
                            / 1000.0;
            double rate = seconds > 0 ? done / seconds : 0;
            Long eta = "DONE".equals(state) ? Long.valueOf(0)
                    : "RUNNING".equals(state) && rate > 0 ? Long.valueOf((long) Math.ceil(Math.max(total - done, 0)
                            / rate)) : null;
            String error = each.stream().filter(s -> s.error() != null).map(s -> s.type() + ": " + s.error())
                    .reduce((a, b) -> a + "; " + b).orElse(null);
            return new Progress(state, done, total, Math.round(rate * 10) / 10.0, eta, started, finished, error,
                    each);
        }
    }
}
