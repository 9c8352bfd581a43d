package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
    private static final String BUILDING = "-building";

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    private final List<SearchDocumentType> types;
    private final Set<String> ready = ConcurrentHashMap.newKeySet();
    /** Types whose index behind the alias has a mapping that cannot be brought up to date in place. */
    private final Set<String> outdated = ConcurrentHashMap.newKeySet();

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
                upgradeMapping(type, alias);
            }
            ready.add(type.name());
        }
    }

    /**
     * Brings the mapping of the index behind the alias to the type's current one, when their fingerprints differ:
     * in place when Elasticsearch can (new fields: documents written before get them when they are indexed again; a
     * migration that adds fields queues them), otherwise (a field's type or parameters changed, e.g. index_phrases,
     * or another analyzer) the type is marked {@linkplain #outdated() outdated} and {@link SearchMappingUpgrade}
     * rebuilds it in the background with a full reindex, while search answers from the old index.
     */
    private void upgradeMapping(SearchDocumentType type, String alias) throws IOException {
        if (mappingUpToDate(type)) {
            outdated.remove(type.name());
            return;
        }
        TypeMapping current = type.mapping(settings.nameAnalyzer());
        try {
            client.indices().putMapping(p -> p.index(alias).properties(current.properties()).meta(current.meta()));
            outdated.remove(type.name());
            log.info("Search: the mapping of the index behind {} was brought up to date in place", alias);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            outdated.add(type.name());
            log.info("Search: the mapping of {} changed in a way the index behind {} cannot take in place ({}):"
                    + " it is rebuilt by a full reindex", type.name(), alias, SearchStatus.describe(e));
        }
    }

    /** Whether every index behind the type's alias has the type's current mapping (by its fingerprint). */
    boolean mappingUpToDate(SearchDocumentType type) throws IOException {
        String wanted = SearchMappings.fingerprintOf(type.mapping(settings.nameAnalyzer()));
        return client.indices().getMapping(g -> g.index(alias(type))).result().values().stream()
                .allMatch(index -> wanted.equals(SearchMappings.fingerprintOf(index.mappings())));
    }

    /** The types whose index must be rebuilt because their mapping changed (see {@link #ensure}). */
    Set<String> outdated() {
        return Set.copyOf(outdated);
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
     * Points the alias to the new index in one atomic {@code _aliases} call (remove the old, add the new, and the
     * new one leaves the building alias).
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
            u.actions(a -> a.remove(r -> r.index(newIndex).alias(buildingAlias(type)).mustExist(false)));
            return u.actions(a -> a.add(add -> add.index(newIndex).alias(alias)));
        });
        ready.add(type.name());
        // built with this node's mapping of the type
        outdated.remove(type.name());
        return old;
    }

    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    /**
     * The alias of the index a full reindex is building, {@code <alias>-building}: kept in Elasticsearch rather than in
     * this node's memory, so every application node's dispatcher writes its changes there too while the index is built
     * (a node that does not know of the reindex would otherwise leave the new index without them).
     */
    String buildingAlias(SearchDocumentType type) {
        return alias(type) + BUILDING;
    }

    /** Marks the index as being built for the type: from now on every dispatcher writes to it too. */
    void startShadow(SearchDocumentType type, String index) throws IOException {
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(buildingAlias(type)))));
    }

    /**
     * The names of the types a full reindex is building an index for, on any node (one request; asked by the
     * dispatcher after it read the documents it sends, so a reindex that started before gets them, and one that
     * starts after reads them from the database itself).
     */
    Set<String> building() throws IOException {
        Set<String> building = new TreeSet<>();
        GetAliasResponse response = client.indices().getAlias(a -> a.name(prefix + "-*" + BUILDING));
        Set<String> names = new TreeSet<>();
        response.result().values().forEach(index -> names.addAll(index.aliases().keySet()));
        for (SearchDocumentType type : types) {
            if (names.contains(buildingAlias(type))) {
                building.add(type.name());
            }
        }
        return building;
    }

    /** Where the dispatcher writes a document of this type: its alias, and the index a reindex is building. */
    List<String> writeTargets(SearchDocumentType type, Set<String> building) {
        return building.contains(type.name()) ? List.of(alias(type), buildingAlias(type)) : List.of(alias(type));
    }
}
