package com.credittown.platform.search;

import com.credittown.platform.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Brings a changed mapping to an existing index: a type {@link SearchIndexes} found {@linkplain SearchIndexes#outdated()
 * outdated} (its mapping cannot be changed in place, e.g. {@code index_phrases} added to the names) is rebuilt by a full
 * reindex in the background ({@link SearchReindex}: a new index with the current mapping, every document from the
 * database, changes meanwhile written to it by every dispatcher, then one atomic alias swap). Search answers from the
 * old index until the swap, so nothing is missing at any moment. Asked by the dispatcher before each run; a type
 * whose reindex failed is tried again after {@link #RETRY}.
 */
@Component
class SearchMappingUpgrade implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchMappingUpgrade.class);
    static final Duration RETRY = Duration.ofMinutes(1);

    private final SearchIndexes indexes;
    private final SearchReindex reindex;
    private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-mapping-upgrade");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<ReindexStatus> afterBatch = progress -> { };

    SearchMappingUpgrade(SearchIndexes indexes, SearchReindex reindex) {
        this.indexes = indexes;
        this.reindex = reindex;
    }

    /** Starts a background reindex of each outdated type not being rebuilt already (here or on another node). */
    void reindexOutdated() {
        if (indexes.outdated().isEmpty()) {
            return;
        }
        for (String name : indexes.outdated()) {
            if (Instant.now().isBefore(notBefore.getOrDefault(name, Instant.EPOCH))) {
                continue;
            }
            SearchDocumentType type = indexes.type(name).orElseThrow();
            try {
                if (indexes.building().contains(name)) {
                    continue; // another node rebuilds it; its swap brings the new mapping
                }
                reindex.claim(type);
            } catch (ConflictException e) {
                continue; // a reindex runs on this node: its new index has the current mapping
            } catch (Exception e) {
                log.debug("Search: cannot start the reindex of {} now: {}", name, SearchStatus.describe(e));
                continue;
            }
            // while it runs, a dispatcher run must not start it again
            notBefore.put(name, Instant.MAX);
            log.info("Search: the index of {} is rebuilt in the background for its new mapping", name);
            background.execute(() -> {
                try {
                    reindex.run(type, progress -> afterBatch.accept(progress));
                    notBefore.remove(name);
                } catch (RuntimeException e) {
                    // logged and recorded by the reindex; the old index still answers
                    notBefore.put(name, Instant.now().plus(RETRY));
                }
            });
        }
    }

    /** Tests look inside a running upgrade through this (called after each bulk request of the reindex). */
    void afterEachBatch(Consumer<ReindexStatus> hook) {
        this.afterBatch = hook;
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
