package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.credittown.platform.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox to Elasticsearch: takes due rows in id order (a batch at a time), collapses the rows of one
 * document to its latest, reads each document's current state, sends the batch as ONE bulk request and deletes the
 * rows that arrived. A document Elasticsearch refuses keeps its rows, with {@code attempts} raised and
 * {@code next_attempt_at} pushed back exponentially (capped). When Elasticsearch cannot be reached at all, no row is
 * touched: the whole dispatcher pauses (exponentially, capped) and the rows wait for it to return.
 *
 * <p>Idempotent: the document id is the row's id and the external version is the row's version, so sending again,
 * or sending an older state after a newer one, changes nothing. Several nodes dispatch at once: each batch is taken
 * with {@code FOR UPDATE SKIP LOCKED} in its own transaction, so each row is sent by one node.
 */
@Component
class SearchOutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(SearchOutboxDispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final ElasticsearchClient client;
    private final JdbcTemplate jdbc;
    private final SearchIndexes indexes;
    private final SearchMappingUpgrade upgrade;
    private final SearchStatus status;
    private final SearchSettings.Dispatcher settings;
    private final TransactionTemplate transaction;
    private volatile Instant pausedUntil = Instant.EPOCH;
    private int outages;

    SearchOutboxDispatcher(ElasticsearchClient client, JdbcTemplate jdbc, SearchIndexes indexes,
                           SearchMappingUpgrade upgrade, SearchStatus status, SearchSettings settings,
                           PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.client = client;
        this.jdbc = jdbc;
        this.indexes = indexes;
        this.upgrade = upgrade;
        this.status = status;
        this.settings = settings.dispatcher();
    }

    @Scheduled(initialDelayString = "${credittown.search.dispatcher.initial-delay-ms:1000}",
            fixedDelayString = "${credittown.search.dispatcher.interval-ms:500}")
    void scheduled() {
        if (!settings.enabled() || Instant.now().isBefore(pausedUntil)) {
            return;
        }
        try {
            dispatchAvailable();
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: log, and try again on the next run
            log.warn("Search outbox: dispatch failed: {}", SearchStatus.describe(e));
        }
    }

    /** Dispatches batches until fewer than a full batch were due (bounded per run). */
    int dispatchAvailable() {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int taken = dispatchBatch();
            if (taken < 0) {
                break;
            }
            total += taken;
            if (taken < settings.batchSize()) {
                break;
            }
        }
        return total;
    }

    /** @return rows taken, or -1 when Elasticsearch could not be reached */
    synchronized int dispatchBatch() {
        // While degraded, ask Elasticsearch again even if the aliases are known: the answer ends the outage.
        boolean probe = status.degraded();
        try {
            if (probe) {
                indexes.forget();
            }
            indexes.ensureAll();
            upgrade.reindexOutdated();
        } catch (Exception e) {
            outage(e);
            return -1;
        }
        if (probe) {
            outages = 0;
            status.reachable();
            log.info("Search outbox: Elasticsearch is reachable again");
        }
        // One transaction per batch: the rows taken stay locked until they are deleted or pushed back, and
        // another node (or a second dispatcher) skips them and takes the next ones.
        Integer taken = transaction.execute(tx -> sendBatch());
        return taken == null ? 0 : taken;
    }

    private int sendBatch() {
        List<Row> rows = jdbc.query("select id, tenant_id, doc_type, doc_id, operation, created_at, attempts"
                        + " from search_outbox where next_attempt_at <= ? order by id limit ?"
                        + " for update skip locked",
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("tenant_id"), rs.getString("doc_type"),
                        rs.getString("doc_id"), OutboxOperation.valueOf(rs.getString("operation")),
                        rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts")),
                Timestamp.from(Instant.now()), settings.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        // Collapse: one entry per document, in order of its first row, carrying its latest row.
        Map<DocumentKey, List<Row>> byDocument = new LinkedHashMap<>();
        List<Row> unknown = new ArrayList<>();
        for (Row row : rows) {
            Optional<DocumentKey> key = keyOf(row);
            if (key.isEmpty()) {
                unknown.add(row);
                continue;
            }
            byDocument.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(row);
        }
        if (!unknown.isEmpty()) {
            failed(unknown, "unknown document type or tenant");
        }
        if (byDocument.isEmpty()) {
            return rows.size();
        }
        Map<SearchDocumentType, Map<DocumentKey, Instant>> changes = new LinkedHashMap<>();
        Map<SearchDocumentType, Map<DocumentKey, IndexedDocument>> loaded = new LinkedHashMap<>();
        for (SearchDocumentType type : indexes.types()) {
            Map<DocumentKey, Instant> changedAt = new LinkedHashMap<>();
            byDocument.forEach((key, keyRows) -> {
                if (key.type().equals(type.name())) {
                    changedAt.put(key, keyRows.get(keyRows.size() - 1).createdAt());
                }
            });
            if (!changedAt.isEmpty()) {
                changes.put(type, changedAt);
                loaded.put(type, type.load(changedAt));
            }
        }
        // Ask for the indices being built after reading the documents: a reindex that started before gets them, one
        // that starts after reads them from the database itself.
        Set<String> building;
        try {
            building = indexes.building();
        } catch (Exception e) {
            outage(e);
            return -1;
        }
        List<Pending> pending = new ArrayList<>();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Map.Entry<SearchDocumentType, Map<DocumentKey, Instant>> change : changes.entrySet()) {
            SearchDocumentType type = change.getKey();
            Map<DocumentKey, IndexedDocument> current = loaded.get(type);
            List<String> targets = indexes.writeTargets(type, building);
            for (DocumentKey key : change.getValue().keySet()) {
                List<Row> keyRows = byDocument.get(key);
                OutboxOperation latest = keyRows.get(keyRows.size() - 1).operation();
                IndexedDocument document = latest == OutboxOperation.DELETE ? null : current.get(key);
                for (String target : targets) {
                    if (document == null) {
                        bulk.operations(op -> op.delete(d -> d.index(target).id(key.id())));
                    } else {
                        // only aliases: a write never creates an index with a dynamic mapping
                        bulk.operations(op -> op.index(i -> i.index(target).id(key.id())
                                .version(document.version()).versionType(VersionType.External)
                                .requireAlias(true)
                                .document(document.source())));
                    }
                    pending.add(new Pending(key, keyRows));
                }
            }
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (Exception e) {
            outage(e);
            return -1;
        }
        outages = 0;
        Map<DocumentKey, String> errors = new LinkedHashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size() && i < pending.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (!succeeded(item)) {
                String error = item.error() == null ? "status " + item.status()
                        : item.error().type() + ": " + item.error().reason();
                errors.putIfAbsent(pending.get(i).key(), error);
                if (error.contains("index_not_found") || error.contains("alias")) {
                    indexes.forget(); // the alias vanished (e.g. the cluster lost its data): recreate it next time
                }
            }
        }
        List<Long> done = new ArrayList<>();
        Set<DocumentKey> seen = new HashSet<>();
        for (Pending p : pending) {
            if (!seen.add(p.key())) {
                continue;
            }
            String error = errors.get(p.key());
            if (error == null) {
                p.rows().forEach(r -> done.add(r.id()));
            } else {
                failed(p.rows(), error);
            }
        }
        if (!done.isEmpty()) {
            jdbc.update("delete from search_outbox where id in ("
                    + done.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
        }
        status.dispatched(byDocument.size() - errors.size());
        if (!errors.isEmpty()) {
            log.warn("Search outbox: {} of {} documents were refused, e.g. {}", errors.size(), byDocument.size(),
                    errors.values().iterator().next());
        }
        return rows.size();
    }

    private static boolean succeeded(BulkResponseItem item) {
        if (item.error() == null && item.status() < 300) {
            return true;
        }
        // Deleting a document that is not there, or indexing a state no newer than the indexed one: done already.
        return item.status() == 404 && "not_found".equals(item.result())
                || item.status() == 409 && item.error() != null
                && "version_conflict_engine_exception".equals(item.error().type());
    }

    private void failed(List<Row> rows, String error) {
        status.error(error);
        String trimmed = error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.batchUpdate("update search_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                        + " where id = ?",
                rows.stream().map(r -> new Object[] {Timestamp.from(Instant.now().plus(backoff(r.attempts() + 1))),
                        trimmed, r.id()}).toList());
    }

    /** 1 s, 2 s, 4 s, ... up to the cap. */
    Duration backoff(int attempts) {
        return exponential(Duration.ofSeconds(1), attempts, settings.maxBackoff());
    }

    static Duration exponential(Duration first, int attempts, Duration cap) {
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << shift);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    private void outage(Exception e) {
        outages++;
        Duration pause = exponential(Duration.ofMillis(500), outages, settings.maxOutageBackoff());
        pausedUntil = Instant.now().plus(pause);
        boolean first = !status.degraded();
        status.unreachable(e);
        if (first) {
            log.warn("Search outbox: Elasticsearch cannot be reached, changes wait in the outbox: {}",
                    SearchStatus.describe(e));
        } else {
            log.debug("Search outbox: still unreachable, next try in {}", pause);
        }
    }

    Optional<Instant> pausedUntil() {
        return Instant.now().isBefore(pausedUntil) ? Optional.of(pausedUntil) : Optional.empty();
    }

    /**
     * The document a row is about: a city-level type's row has no tenant, a tenant-level type's row a registered-looking
     * one; anything else is not a document this dispatcher knows.
     */
    private Optional<DocumentKey> keyOf(Row row) {
        Optional<SearchDocumentType> type = indexes.type(row.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (type.get().cityLevel()) {
            return Optional.of(new DocumentKey(row.type(), null, row.documentId()));
        }
        return TenantId.isWellFormed(row.tenant())
                ? Optional.of(new DocumentKey(row.type(), new TenantId(row.tenant()), row.documentId()))
                : Optional.empty();
    }

    record Row(long id, String tenant, String type, String documentId, OutboxOperation operation,
               Instant createdAt, int attempts) {
    }

    private record Pending(DocumentKey key, List<Row> rows) {
    }
}
