package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aliases and concrete indices of every {@link SearchDocumentType}: alias {@code credittown-subjects} points to
 * one concrete index {@code credittown-subjects-v<timestamp>}. Creates a missing alias (with its index) lazily:
 * the dispatcher calls {@link #ensureAll} before each run, so Elasticsearch being down at start-up only delays it.
 */
@Component
class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final AtomicLong LAST_VERSION = new AtomicLong();

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final List<SearchDocumentType> types;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    /** A concrete index being built by a full reindex, per type: the dispatcher writes there too. */
    private final Map<String, String> shadows = new ConcurrentHashMap<>();

    private final String prefix;

    @org.springframework.beans.factory.annotation.Autowired
    SearchIndexes(ElasticsearchClient client, SearchSettings settings, List<SearchDocumentType> types,
                  JdbcTemplate jdbc) {
        this(client, settings, types, settings.indexPrefix().isBlank() ? databasePrefix(jdbc) : settings.indexPrefix());
    }

    SearchIndexes(ElasticsearchClient client, SearchSettings settings, List<SearchDocumentType> types,
                  String prefix) {
        this.client = client;
        this.settings = settings;
        this.types = List.copyOf(types);
        this.prefix = prefix;
        log.info("Search: index prefix {}", prefix);
    }

    /** The database's name as an index prefix: credittown_platform_test gives credittown-platform-test. */
    static String databasePrefix(JdbcTemplate jdbc) {
        String catalog = jdbc.execute((ConnectionCallback<String>) connection -> connection.getCatalog());
        return indexPrefixOf(catalog);
    }

    static String indexPrefixOf(String databaseName) {
        String name = databaseName == null ? "" : databaseName.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "credittown" : name;
    }

    String prefix() {
        return prefix;
    }

    List<SearchDocumentType> types() {
        return types;
    }

    Optional<SearchDocumentType> type(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    String alias(SearchDocumentType type) {
        return prefix + "-" + type.indexName();
    }

    /** Makes sure every type's alias exists. @throws IOException when Elasticsearch cannot be reached */
    void ensureAll() throws IOException {
        for (SearchDocumentType type : types) {
            ensure(type);
        }
    }

    void ensure(SearchDocumentType type) throws IOException {
        if (ready.contains(type.name())) {
            return;
        }
        String alias = alias(type);
        synchronized (this) {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                String index = createIndex(type);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
                log.info("Search: created index {} behind the alias {}", index, alias);
            } else {
                addNewFields(type, alias);
            }
            ready.add(type.name());
        }
    }

    /**
     * Adds the fields a newer version of the type's mapping declares to the index behind the alias (a field's type
     * never changes in place: that takes a full reindex). Documents written before get the new fields when they are
     * indexed again; a migration that adds fields queues them.
     */
    private void addNewFields(SearchDocumentType type, String alias) throws IOException {
        try {
            client.indices().putMapping(p -> p.index(alias)
                    .properties(type.mapping(settings.nameAnalyzer()).properties()));
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            log.warn("Search: the mapping of {} differs from the index behind {} ({}); run a full reindex",
                    type.name(), alias, SearchStatus.describe(e));
        }
    }

    /** Forgets what {@link #ensure} learnt, e.g. after Elasticsearch lost its data. */
    void forget() {
        ready.clear();
    }

    /** Creates a new, empty concrete index for the type (not behind the alias). */
    String createIndex(SearchDocumentType type) throws IOException {
        String index = alias(type) + "-v" + nextVersion();
        client.indices().create(c -> c
                .index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(settings.replicas())))
                .mappings(type.mapping(settings.nameAnalyzer())));
        return index;
    }

    private static String nextVersion() {
        long now = System.currentTimeMillis();
        long version = LAST_VERSION.updateAndGet(last -> Math.max(last + 1, now));
        return VERSION.format(ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(version), ZoneOffset.UTC));
    }

    /** The concrete indices the type's alias points to (empty if it does not exist). */
    Set<String> indicesBehind(SearchDocumentType type) throws IOException {
        String alias = alias(type);
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias));
        return new TreeSet<>(response.result().keySet());
    }

    /**
     * Points the alias to the new index in one atomic {@code _aliases} call (remove the old, add the new).
     *
     * @return the indices the alias pointed to before
     */
    Set<String> swap(SearchDocumentType type, String newIndex) throws IOException {
        String alias = alias(type);
        Set<String> old = indicesBehind(type);
        client.indices().updateAliases(u -> {
            for (String index : old) {
                u.actions(a -> a.remove(r -> r.index(index).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(newIndex).alias(alias)));
        });
        ready.add(type.name());
        return old;
    }

    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    void startShadow(SearchDocumentType type, String index) {
        shadows.put(type.name(), index);
    }

    void stopShadow(SearchDocumentType type) {
        shadows.remove(type.name());
    }

    /** Where the dispatcher writes a document of this type: its alias, and the index a reindex is building. */
    List<String> writeTargets(SearchDocumentType type) {
        String shadow = shadows.get(type.name());
        return shadow == null ? List.of(alias(type)) : List.of(alias(type), shadow);
    }
}
