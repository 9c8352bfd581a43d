package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Search at Dongguan's scale under load, through the application (issue #18 item 5). Run it with
 * {@code scripts/bench.sh search}; it is never part of the test suite (tag {@code benchmark}, and it runs only when
 * named in {@code -Dtest}).
 *
 * <ol>
 *   <li>Small data: a fresh subject index holding subjects registered through the archive; the grouped search box
 *       measured as one {@code _msearch} round trip ({@link GlobalSearch#search}) against one search per group
 *       ({@link GlobalSearch#page} for each group, what the box did before), alternately.</li>
 *   <li>1.7 million generated subjects bulk-loaded straight into the subject index (see {@link BenchSubjectLoad}).</li>
 *   <li>Open-model load: 50 queries/s scheduled by the clock (a third each by code, by name, grouped box), latency
 *       from the intended start; meanwhile 200 subjects/s registered through {@link CreditSubjectRegistry} (the real
 *       outbox path: event, outbox row in the registration's transaction, dispatcher, bulk) and the lag from the
 *       registration's commit until Elasticsearch returns the subject (polled every 50 ms by id).</li>
 *   <li>Levers ({@code -Dbench.lever=mapping}, the default, {@code code}, {@code all} or {@code false}): name queries
 *       on the mapping before {@code index_phrases} against the product's, alternately; code queries ordered by
 *       relevance then code against code alone; name queries with {@code track_total_hits: true} against a capped
 *       count.</li>
 * </ol>
 * The big index is deleted at the end; the registered subjects stay in the benchmark's database.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "test", matches = ".*SearchUnderLoadBenchmark.*")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/${bench.db:credittown_bench_search}",
        "spring.datasource.hikari.maximum-pool-size=16",
        "credittown.search.index-prefix=credittown-bench-search${CT_TEST_DB_SUFFIX:}",
        "credittown.search.dispatcher.interval-ms=${bench.dispatchMs:500}",
        // a 5,000-document bulk on a busy 2-core machine can take longer than the product's 10 s
        "spring.elasticsearch.socket-timeout=120s",
        "logging.level.root=WARN"})
class SearchUnderLoadBenchmark {

    private static final int SUBJECTS = Integer.getInteger("bench.subjects", 1_700_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final double QUERY_RATE = Double.parseDouble(System.getProperty("bench.queryRate", "50"));
    private static final double WRITE_RATE = Double.parseDouble(System.getProperty("bench.writeRate", "200"));
    private static final List<TenantId> TENANTS = List.of(TenantFixtures.HUMEN, TenantFixtures.CHANGAN);
    /** How often the lag poller asks Elasticsearch for the registered subjects not yet found. */
    /** Keeps the big index at the end, and uses a kept one of at least bench.subjects documents instead of loading. */
    private static final boolean KEEP_INDEX = Boolean.getBoolean("bench.keepIndex");
    private static final long POLL_MS = Long.getLong("bench.pollMs", 50);
    /** Whether the load step waits for the merges the bulk load started (an index at rest, as in production). */
    private static final boolean SETTLE = Boolean.parseBoolean(System.getProperty("bench.settle", "false"));

    @Autowired
    GlobalSearch global;
    @Autowired
    SubjectSearch subjects;
    @Autowired
    TenantSearchFilter tenants;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    TenantDirectory directory;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    SubjectDocumentType type;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    SearchSettings settings;
    @org.springframework.beans.factory.annotation.Value("${spring.elasticsearch.uris}")
    String elasticsearchUri;

    private final UsccGenerator codes = new UsccGenerator(new Random());
    private final List<String> out = new ArrayList<>();

    @Test
    void searchUnderLoad() throws Exception {
        TenantFixtures.register(directory);
        awaitMappingUpgrades();
        String alias = indexes.alias(type);
        // a kept index of an older mapping is loaded again: the run measures the product's mapping
        boolean reuse = KEEP_INDEX && !indexes.indicesBehind(type).isEmpty()
                && client.count(c -> c.index(alias)).count() >= SUBJECTS && indexes.mappingUpToDate(type);
        if (!reuse) {
            for (String old : indexes.indicesBehind(type)) {
                indexes.delete(old);
            }
        }
        indexes.forget();
        indexes.ensureAll();
        try {
            if (!"false".equals(System.getProperty("bench.smallData"))) {
                smallData(alias);
            }
            List<String[]> samples;
            if (reuse) {
                samples = new BenchSubjectLoad(client, alias).samplesOfLoaded(SUBJECTS);
                print(String.format("reusing the index a previous run loaded (%,d documents)",
                        client.count(c -> c.index(alias)).count()));
            } else {
                samples = new BenchSubjectLoad(client, alias).load(SUBJECTS, line -> print(line));
            }
            underLoad(alias, samples);
            String lever = System.getProperty("bench.lever", "mapping");
            if (lever.equals("all") || lever.equals("mapping")) {
                mappingLever(alias, samples);
            }
            if (lever.equals("all") || lever.equals("code")) {
                codeOrderLever(alias, samples);
            }
            if (lever.equals("all")) {
                totalHitsLever(alias, samples);
            }
        } finally {
            if (!KEEP_INDEX) {
                for (String index : indexes.indicesBehind(type)) {
                    indexes.delete(index);
                }
            }
            indexes.forget();
            Path file = Path.of(System.getProperty("bench.out", "target/benchmark-search.md"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        }
    }

    /**
     * The first start after a mapping change rebuilds the indices of the older mapping from the benchmark's database in
     * the background ({@link SearchMappingUpgrade}): the benchmark waits for that, so a rebuild neither loads the
     * machine during the measurement nor swaps an alias under the index the benchmark loads.
     */
    private void awaitMappingUpgrades() throws Exception {
        indexes.ensureAll();
        long start = System.nanoTime();
        while (!indexes.outdated().isEmpty() || !indexes.building().isEmpty()) {
            if (System.nanoTime() - start > 1_800_000_000_000L) {
                throw new IllegalStateException("the indices of an older mapping were not rebuilt within 30 minutes: "
                        + indexes.outdated());
            }
            Thread.sleep(500);
        }
        if (System.nanoTime() - start > 1_000_000_000L) {
            print(String.format("waited %.0f s for the indices of an older mapping to be rebuilt",
                    (System.nanoTime() - start) / 1e9));
        }
    }

    /** The grouped box on small data: one _msearch round trip against one search per group. */
    private void smallData(String alias) throws Exception {
        List<String[]> registered = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            registered.add(register(TENANTS.get(i % 2)));
        }
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (client.count(c -> c.index(alias)).count() < registered.size() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        client.indices().refresh(r -> r.index(alias));
        OpenLoad box = new OpenLoad();
        Random random = new Random(7);
        for (int i = 0; i < 1_000; i++) {
            String[] subject = registered.get(random.nextInt(registered.size()));
            TenantId tenant = new TenantId(subject[0]);
            String query = random.nextBoolean() ? BenchSubjectLoad.namePart(subject[1], random)
                    : subject[2].substring(0, 8 + random.nextInt(7));
            boolean warm = i < 200;
            timed(box, warm ? null : "grouped box, one _msearch", () -> TenantContext.callAs(tenant,
                    () -> global.search(tenant.code(), query, DocumentSearch.DEFAULT_SIZE)));
            timed(box, warm ? null : "grouped box, one search per group", () -> TenantContext.callAs(tenant, () -> {
                for (String group : global.groups()) {
                    global.page(tenant.code(), group, query, 0, DocumentSearch.DEFAULT_SIZE);
                }
                return null;
            }));
        }
        result("Small data (" + registered.size() + " subjects registered through the archive; records and cases as"
                + " the benchmark database holds them): 800 grouped searches each way, one after the other,"
                + " alternately, after 200 warm-up pairs.\n");
        result("| grouped search box | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        result(box.row("grouped box, one _msearch"));
        result(box.row("grouped box, one search per group"));
        result("");
        print("small data done");
    }

    /** 50 queries/s by code, by name and grouped, while 200 subjects/s are registered and their lag measured. */
    private void underLoad(String alias, List<String[]> samples) throws Exception {
        OpenLoad queries = new OpenLoad();
        OpenLoad writes = new OpenLoad();
        OpenLoad service = new OpenLoad();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        String[] kinds = {"by code", "by name", "grouped box"};
        LoadSampler sampler = new LoadSampler(elasticsearchUri.split(",")[0].strip(), alias,
                client._transport() instanceof RestClientTransport rest ? rest.restClient() : null);
        String settled = "";
        if (SETTLE) {
            long waited = sampler.awaitMerges(600_000);
            settled = String.format("; the load began after the merges of the bulk load ended (%.0f s later)",
                    waited / 1e3);
        }
        print("before the load: " + sampler.sample());
        // warm-up, then each kind alone (one caller, no registrations): the service time the load is compared with
        OpenLoad alone = new OpenLoad();
        for (int i = 0; i < 390; i++) {
            long t0 = System.nanoTime();
            String asked = query(kinds[i % 3], samples, new Random(-1 - i));
            if (i >= 150) {
                alone.record(kinds[i % 3], System.nanoTime() - t0);
                if (!asked.equals(kindOf(asked))) {
                    alone.record(asked, System.nanoTime() - t0);
                }
            }
        }
        Thread sampling = sampler.start(5_000, line -> print(line),
                new String[] {"queries", "registrations"}, queries::done, writes::done);
        // the poller has a client of its own: in the application's connection pool (10 per node) it would wait behind
        // the load's queued searches, and measure that wait as lag
        RestClient pollerRest = RestClient.builder(HttpHost.create(elasticsearchUri.split(",")[0].strip())).build();
        ElasticsearchClient pollerClient = new ElasticsearchClient(new RestClientTransport(pollerRest,
                new JacksonJsonpMapper()));
        Thread poller = new Thread(() -> pollLag(pollerClient, alias, pending, writes), "lag-poller");
        poller.start();
        double[] writeRate = new double[1];
        Thread writer = new Thread(() -> {
            try {
                writeRate[0] = writes.run("write", WRITE_RATE, SECONDS, 16, sequence -> {
                    long t0 = System.nanoTime();
                    String[] subject = register(TENANTS.get((int) (sequence % 2)));
                    long committed = System.nanoTime();
                    pending.put(subject[3], committed);
                    service.record("registration", committed - t0);
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "writer");
        writer.start();
        long started = System.nanoTime();
        double queryRate = queries.run("query", QUERY_RATE, SECONDS, 32, sequence -> {
            long t0 = System.nanoTime();
            String asked = query(kinds[(int) (sequence % 3)], samples, new Random(sequence));
            long took = System.nanoTime() - t0;
            service.record(kindOf(asked), took);
            if (!asked.equals(kindOf(asked))) {
                service.record(asked, took);
            }
            return kindOf(asked);
        });
        writer.join();
        long waitUntil = System.nanoTime() + 30_000_000_000L;
        while (!pending.isEmpty() && System.nanoTime() < waitUntil) {
            Thread.sleep(100);
        }
        poller.interrupt();
        poller.join();
        pollerRest.close();
        sampling.interrupt();
        sampling.join();
        print("after the load: " + sampler.sample());
        sampler.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] lag = writes.summary("lag");
        long written = lag == null ? 0 : (long) lag[0];
        long indexed = client.count(c -> c.index(alias)).count();
        result(String.format("Under load (%,d subjects loaded; %,d documents in the index at the end): %d s of open-model load, queries scheduled at"
                        + " %.0f/s (achieved %.1f/s, %d failed), registrations scheduled at %.0f/s (%,d searchable,"
                        + " %d failed, %d not searchable 30 s after the end; achieved %.1f/s); dispatcher interval %s ms;"
                        + " lag polled every %d ms; %.0f s in all%s.\n",
                SUBJECTS, indexed, SECONDS, QUERY_RATE, queryRate, queries.failures("query"), WRITE_RATE, written,
                writes.failures("write"), pending.size(), writeRate[0], System.getProperty("bench.dispatchMs", "500"),
                POLL_MS, seconds, settled));
        if (queries.firstFailure() != null || writes.firstFailure() != null) {
            result("First failures: query " + queries.firstFailure() + "; write " + writes.firstFailure() + "\n");
        }
        table("query kind", queries, kinds[0], kinds[1], kinds[2], "all");
        result("Each kind alone before the load (one caller, no registrations; 80 each):\n");
        table("query kind", alone, kinds[0], CODE_8, kinds[1], kinds[2]);
        result("Service time under the load (from the operation's actual start, without the wait for a free worker):\n");
        table("operation", service, kinds[0], CODE_8, kinds[1], kinds[2], "registration");
        result("| change to searchable (registration commit → found by id) | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        result(writes.row("lag"));
        result("");
        print("under load done");
    }

    private String query(String kind, List<String[]> samples, Random random) {
        String[] sample = samples.get(random.nextInt(samples.size()));
        TenantId tenant = TENANTS.get(random.nextInt(TENANTS.size()));
        String name = BenchSubjectLoad.namePart(sample[1], random);
        String code = sample[2].substring(0, 8 + random.nextInt(7));
        TenantContext.callAs(tenant, () -> switch (kind) {
            case "by code" -> subjects.search(code, 0, DocumentSearch.DEFAULT_SIZE);
            case "by name" -> subjects.search(name, 0, DocumentSearch.DEFAULT_SIZE);
            default -> global.search(tenant.code(), random.nextBoolean() ? name : code, DocumentSearch.DEFAULT_SIZE);
        });
        return kind.equals("by code") && code.length() == 8 ? CODE_8 : kind;
    }

    /** Code queries of 8 characters: 91441900, every market entity of the city (a third of the subjects). */
    private static final String CODE_8 = "by code, 8 characters";

    private static String kindOf(String recorded) {
        return recorded.equals(CODE_8) ? "by code" : recorded;
    }

    /** A result table of latencies: the first column's heading, then a row per kind recorded by the load. */
    private void table(String heading, OpenLoad load, String... kinds) {
        result("| " + heading + " | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String kind : kinds) {
            result(load.row(kind));
        }
        result("");
    }

    /** Every bench.pollMs (50 ms), asks Elasticsearch for the registered subjects not yet found, by id (own client). */
    private void pollLag(ElasticsearchClient client, String alias, Map<String, Long> pending, OpenLoad writes) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                List<String> ids = pending.keySet().stream().limit(2_000).toList();
                if (!ids.isEmpty()) {
                    var found = client.search(s -> s.index(alias).size(ids.size()).source(x -> x.fetch(false))
                            .query(q -> q.ids(i -> i.values(ids))), Void.class);
                    long now = System.nanoTime();
                    for (Hit<Void> hit : found.hits().hits()) {
                        Long committed = pending.remove(hit.id());
                        if (committed != null) {
                            writes.record("lag", now - committed);
                        }
                    }
                }
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                print("lag poll failed: " + e);
            }
        }
    }

    /**
     * Code queries as the load asks them (8 to 14 characters of a code), ordered as before (relevance, then code)
     * against code alone (what the product now asks: a code prefix scores every hit the same), alternately.
     */
    private void codeOrderLever(String alias, List<String[]> samples) throws Exception {
        OpenLoad lever = new OpenLoad();
        List<SortOptions> before = List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))),
                SortOptions.of(o -> o.field(f -> f.field("code").order(SortOrder.Asc))));
        List<SortOptions> now = List.of(SortOptions.of(o -> o.field(f -> f.field("code").order(SortOrder.Asc))));
        Random random = new Random(98);
        int pairs = Integer.getInteger("bench.leverPairs", 400);
        for (int i = 0; i < pairs + 50; i++) {
            String[] sample = samples.get(random.nextInt(samples.size()));
            int length = 8 + random.nextInt(7);
            String code = sample[2].substring(0, length);
            TenantId tenant = TENANTS.get(i % 2);
            Query query = TenantContext.callAs(tenant, () -> tenants.restrict(
                    subjects.fields().toQuery(SubjectQuery.parse(code)), tenant.code(), true));
            boolean warm = i < 50;
            for (int turn = 0; turn < 2; turn++) {
                int way = (turn + i) % 2; // each goes first every other time: neither profits from the other's caches
                List<SortOptions> order = way == 0 ? before : now;
                String kind = way == 0 ? "by code, relevance then code (before)" : "by code, code alone (now)";
                long t0 = System.nanoTime();
                client.search(s -> s.index(alias).query(query).size(20).sort(order)
                        .trackTotalHits(t -> t.enabled(true)), Void.class);
                if (!warm) {
                    lever.record(kind, System.nanoTime() - t0);
                    if (length == 8) {
                        lever.record(kind + ", 8 characters", System.nanoTime() - t0);
                    }
                }
            }
        }
        result(String.format("Lever, measured without the benchmark's load (machine load average %s): %d code queries"
                + " each way, one after the other (the same query, the same moment), each going first every other"
                + " time.\n", LoadSampler.loadAverage(), pairs));
        result("| code query | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        result(lever.row("by code, relevance then code (before)"));
        result(lever.row("by code, code alone (now)"));
        result(lever.row("by code, relevance then code (before), 8 characters"));
        result(lever.row("by code, code alone (now), 8 characters"));
        result("");
    }

    /**
     * Names as two-character terms (#18): the same generated subjects in a second index with the mapping as it was
     * before ({@code index_phrases} off) and asked the query as it was built before (the phrase, or every character
     * anywhere: a {@code cross_fields} match with operator AND), against the product's index and query, alternately,
     * each going first every other time; then the code queries on both (their mapping did not change: a control).
     */
    private void mappingLever(String alias, List<String[]> samples) throws Exception {
        String before = alias + "-lever-before-index-phrases";
        boolean kept = KEEP_INDEX && client.indices().exists(e -> e.index(before)).value()
                && client.count(c -> c.index(before)).count() >= SUBJECTS;
        if (!kept) {
            client.indices().delete(d -> d.index(before).ignoreUnavailable(true));
            client.indices().create(c -> c.index(before)
                    .settings(x -> x.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(OlderMappings.withoutIndexPhrases(type.mapping(settings.nameAnalyzer()),
                            client._jsonpMapper())));
            new BenchSubjectLoad(client, before).load(SUBJECTS, line -> print("lever index: " + line));
        }
        // both indices at rest: the bulk load's merges would tax one side only
        LoadSampler merges = new LoadSampler(elasticsearchUri.split(",")[0].strip(), alias + "," + before, null);
        long waited = merges.awaitMerges(600_000);
        merges.close();
        List<SortOptions> order = List.of(SortOptions.of(o -> o.score(x -> x.order(SortOrder.Desc))),
                SortOptions.of(o -> o.field(f -> f.field("code").order(SortOrder.Asc))));
        OpenLoad lever = new OpenLoad();
        Random random = new Random(97);
        int pairs = Integer.getInteger("bench.leverPairs", 400);
        String[] ways = {"by name, before (single characters, phrase or every character)",
                "by name, now (index_phrases, phrase)"};
        long broad = SUBJECTS / 10;
        for (int i = 0; i < pairs + 50; i++) {
            String name = BenchSubjectLoad.namePart(samples.get(random.nextInt(samples.size()))[1], random);
            TenantId tenant = TENANTS.get(i % 2);
            Query older = TenantContext.callAs(tenant, () -> tenants.restrict(olderNameQuery(name), tenant.code(),
                    true));
            Query now = TenantContext.callAs(tenant, () -> tenants.restrict(
                    subjects.fields().toQuery(SubjectQuery.parse(name)), tenant.code(), true));
            boolean warm = i < 50;
            for (int turn = 0; turn < 2; turn++) {
                int way = (turn + i) % 2;
                String index = way == 0 ? before : alias;
                Query query = way == 0 ? older : now;
                long t0 = System.nanoTime();
                long total = client.search(x -> x.index(index).query(query).size(20).sort(order)
                        .trackTotalHits(t -> t.enabled(true)), Void.class).hits().total().value();
                long took = System.nanoTime() - t0;
                if (!warm) {
                    lever.record(ways[way], took);
                    if (way == 1 && total > broad) {
                        lever.record("broad", 0);
                    }
                    lever.record(ways[way] + (name.length() == 2 ? ", 2 characters" : ", 3-4 characters"), took);
                }
            }
        }
        double[] broadCount = lever.summary("broad");
        result(String.format("Lever, measured without the benchmark's load (machine load average %s): %d name queries"
                + " each way (2 to 4 characters of a generated name, as the load asks them; %d of them match more than"
                + " 10 %% of the subjects), on two indices of the same %,d generated subjects: the mapping and query"
                + " before, and the product's; one after the other, each going first every other time%s",
                LoadSampler.loadAverage(), pairs, broadCount == null ? 0 : (long) broadCount[0], SUBJECTS,
                kept ? " (both indices kept from a previous run)" : "") + String.format("; it began when the merges"
                + " of both had ended (%.0f s of waiting).\n", waited / 1e3));
        result("| name query | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String way : ways) {
            result(lever.row(way));
        }
        for (String way : ways) {
            result(lever.row(way + ", 2 characters"));
            result(lever.row(way + ", 3-4 characters"));
        }
        result("");
        result(String.format("Index sizes: before %s, now %s (store, when the lever ran).\n", storeSize(before),
                storeSize(alias)));
        if (!KEEP_INDEX) {
            client.indices().delete(d -> d.index(before));
        }
    }

    /** The name query as it was built before index_phrases: the phrase, or every character anywhere (AND). */
    private static Query olderNameQuery(String name) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.matchPhrase(m -> m.field("name").query(name).boost(3f)))
                .should(s -> s.multiMatch(m -> m.query(name).fields("name")
                        .type(co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType.CrossFields)
                        .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)))
                .minimumShouldMatch("1")));
    }

    private String storeSize(String index) throws Exception {
        var stats = client.indices().stats(x -> x.index(index).metric("store"));
        long bytes = stats.all().primaries().store().sizeInBytes();
        return String.format("%,.0f MB", bytes / 1e6);
    }

    /** Name queries as the product builds them, counting every hit against a count capped at 10,000. */
    private void totalHitsLever(String alias, List<String[]> samples) throws Exception {
        OpenLoad lever = new OpenLoad();
        List<SortOptions> order = List.of(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))),
                SortOptions.of(o -> o.field(f -> f.field("code").order(SortOrder.Asc))));
        Random random = new Random(99);
        for (int i = 0; i < 800; i++) {
            String name = BenchSubjectLoad.namePart(samples.get(random.nextInt(samples.size()))[1], random);
            TenantId tenant = TENANTS.get(i % 2);
            Query query = TenantContext.callAs(tenant, () -> tenants.restrict(
                    subjects.fields().toQuery(SubjectQuery.parse(name)), tenant.code(), true));
            boolean warm = i < 100;
            timed(lever, warm ? null : "by name, track_total_hits: true (as now)", () -> client.search(s -> s
                    .index(alias).query(query).size(20).sort(order).trackTotalHits(t -> t.enabled(true)), Void.class));
            timed(lever, warm ? null : "by name, track_total_hits: 10000", () -> client.search(s -> s
                    .index(alias).query(query).size(20).sort(order).trackTotalHits(t -> t.count(10_000)), Void.class));
        }
        result("Lever, measured without the benchmark's load (machine load average " + LoadSampler.loadAverage()
                + "): 700 name queries each way, one after the other, alternately.\n");
        result("| name query | count | p50 ms | p95 ms | p99 ms | max ms |");
        result("| --- | ---: | ---: | ---: | ---: | ---: |");
        result(lever.row("by name, track_total_hits: true (as now)"));
        result(lever.row("by name, track_total_hits: 10000"));
        result("");
    }

    private static void timed(OpenLoad load, String kind, Callable call) throws Exception {
        long t0 = System.nanoTime();
        call.call();
        if (kind != null) {
            load.record(kind, System.nanoTime() - t0);
        }
    }

    private interface Callable {
        Object call() throws Exception;
    }

    /** @return {tenant, name, code, id} of a newly registered subject */
    private String[] register(TenantId tenant) {
        String code;
        synchronized (codes) {
            code = codes.next("441900").value();
        }
        String name = BenchSubjectLoad.name(ThreadLocalRandom.current());
        long id = TenantContext.callAs(tenant, () -> registry.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, name, List.of("bench")), "search-bench").id());
        return new String[] {tenant.code(), name, code, Long.toString(id)};
    }

    /** A line of the result, also printed as it comes (a run cut short still shows what it measured). */
    private void result(String line) {
        out.add(line);
        print(line);
    }

    private static void print(String line) {
        System.out.println("BENCH " + line);
    }
}
