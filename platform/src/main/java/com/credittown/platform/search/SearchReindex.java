package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import com.credittown.platform.web.ConflictException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Full reindex of one document type, behind its alias: builds a new concrete index from the database (all tenants,
 * keyset pages in id order), then swaps the alias atomically and deletes the old index. Search answers from the old
 * index until the swap. Changes made meanwhile reach the new index too: every node's dispatcher writes to it while it
 * is built (it stands behind the type's building alias, {@link SearchIndexes#startShadow}, before the first row is
 * read), and external versions keep the newer state whichever arrives last.
 */
@Component
class SearchReindex {

    private static final Logger log = LoggerFactory.getLogger(SearchReindex.class);

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final SearchSettings settings;
    private final Map<String, ReindexStatus> statuses = new ConcurrentHashMap<>();

    SearchReindex(ElasticsearchClient client, SearchIndexes indexes, SearchSettings settings) {
        this.client = client;
        this.indexes = indexes;
        this.settings = settings;
    }

    ReindexStatus status(SearchDocumentType type) {
        return statuses.getOrDefault(type.name(), ReindexStatus.idle(type.name()));
    }

    /** Claims the type for a reindex. @throws ConflictException if one is running already */
    void claim(SearchDocumentType type) {
        ReindexStatus claimed = ReindexStatus.running(type.name(), null, 0, 0, Instant.now());
        ReindexStatus before = statuses.compute(type.name(), (name, current) ->
                current != null && current.running() ? current : claimed);
        if (before != claimed) {
            throw new ConflictException("A full reindex of the " + type.indexName() + " is already running ("
                    + before.done() + " of " + before.total() + " documents).");
        }
    }

    /** Marks a claimed type as not run (another type's claim failed, so the whole reindex did not start). */
    void cancel(SearchDocumentType type, String why) {
        statuses.computeIfPresent(type.name(), (name, current) -> current.running() ? current.failed(why) : current);
    }

    /**
     * Runs a full reindex of the type (after {@link #claim}), in the calling thread.
     *
     * @param afterBatch called after each bulk request with the progress (tests use it to look inside)
     */
    ReindexStatus run(SearchDocumentType type, Consumer<ReindexStatus> afterBatch) {
        Instant started = Instant.now();
        String index = null;
        ReindexStatus progress = ReindexStatus.running(type.name(), null, 0, 0, started);
        try {
            index = indexes.createIndex(type);
            String building = index;
            // No refreshes while building: the index is not searched until the swap.
            client.indices().putSettings(s -> s.index(building).settings(x -> x.refreshInterval(t -> t.time("-1"))));
            indexes.startShadow(type, index);
            long total = type.count();
            long done = 0;
            String after = null;
            progress = ReindexStatus.running(type.name(), index, 0, total, started);
            statuses.put(type.name(), progress);
            log.info("Search reindex of {}: building {} with {} documents", type.indexName(), index, total);
            long lastLog = System.nanoTime();
            while (true) {
                List<IndexedDocument> page = type.after(after, settings.reindexBatchSize());
                if (page.isEmpty()) {
                    break;
                }
                send(building, page);
                done += page.size();
                after = type.cursorOf(page.get(page.size() - 1));
                progress = ReindexStatus.running(type.name(), index, done, Math.max(total, done), started);
                statuses.put(type.name(), progress);
                if (System.nanoTime() - lastLog > 5_000_000_000L) {
                    lastLog = System.nanoTime();
                    log.info("Search reindex of {}: {} of {} documents, {}/s, about {} s left", type.indexName(),
                            progress.done(), progress.total(), progress.perSecond(), progress.etaSeconds());
                }
                afterBatch.accept(progress);
            }
            client.indices().putSettings(s -> s.index(building).settings(x -> x.refreshInterval(t -> t.time("1s"))));
            client.indices().refresh(r -> r.index(building));
            Set<String> old = indexes.swap(type, index);
            for (String previous : old) {
                indexes.delete(previous);
            }
            progress = progress.done(String.join(",", old));
            statuses.put(type.name(), progress);
            log.info("Search reindex of {}: done, {} documents in {} ({}/s); alias {} now points to {}",
                    type.indexName(), done, java.time.Duration.between(started, Instant.now()),
                    progress.perSecond(), indexes.alias(type), index);
            return progress;
        } catch (Exception e) {
            // deleting the unfinished index also takes it out of the building alias: the dispatchers stop writing to it
            log.warn("Search reindex of {} failed: {}", type.indexName(), SearchStatus.describe(e));
            if (index != null) {
                try {
                    indexes.delete(index);
                } catch (Exception cleanup) {
                    log.warn("Search reindex: could not delete the unfinished index {}: {}", index,
                            SearchStatus.describe(cleanup));
                }
            }
            progress = new ReindexStatus(type.name(), "RUNNING", index, null, progress.done(), progress.total(),
                    progress.perSecond(), null, started, null, null).failed(SearchStatus.describe(e));
            statuses.put(type.name(), progress);
            if (e instanceof IOException io) {
                throw new SearchDegradedException("The reindex stopped: Elasticsearch cannot be reached.", io);
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private void send(String index, List<IndexedDocument> page) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexedDocument document : page) {
            bulk.operations(op -> op.index(i -> i.index(index).id(document.key().id())
                    .version(document.version()).versionType(VersionType.External)
                    .document(document.source())));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            // A version conflict means the dispatcher already wrote a newer state: fine.
            response.items().stream()
                    .filter(item -> item.error() != null
                            && !"version_conflict_engine_exception".equals(item.error().type()))
                    .findFirst()
                    .ifPresent(item -> {
                        throw new IllegalStateException("Elasticsearch refused document " + item.id() + ": "
                                + item.error().type() + ": " + item.error().reason());
                    });
        }
    }
}
