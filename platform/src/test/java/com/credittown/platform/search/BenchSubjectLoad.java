package com.credittown.platform.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.credittown.platform.credit.ArchiveReaders;
import com.credittown.platform.uscc.UsccGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.elasticsearch.client.Request;

/**
 * Generated subjects bulk-loaded straight into the subject index behind its alias, as {@link SubjectSearchBenchmark}
 * generates them (34 towns, Chinese company names, valid USCCs): bulk requests of 5,000, two in flight,
 * {@code refresh_interval: -1} while loading, then the index's own setting again. Document ids start at 10^9, far
 * above the database's subject ids.
 */
final class BenchSubjectLoad {

    static final long FIRST_ID = 1_000_000_000L;

    private final ElasticsearchClient client;
    private final String alias;

    BenchSubjectLoad(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** A generated company name of a random town, e.g. 东莞市虎门华兴五金制品有限公司. */
    static String name(Random random) {
        return name(SubjectSearchBenchmark.TOWNS[random.nextInt(SubjectSearchBenchmark.TOWNS.length)], random);
    }

    private static String name(String[] town, Random random) {
        char[] word = SubjectSearchBenchmark.WORD;
        return "东莞市" + town[1] + word[random.nextInt(word.length)] + word[random.nextInt(word.length)]
                + SubjectSearchBenchmark.TRADES[random.nextInt(SubjectSearchBenchmark.TRADES.length)]
                + SubjectSearchBenchmark.FORMS[random.nextInt(SubjectSearchBenchmark.FORMS.length)];
    }

    /** A 2 to 4 character slice of a generated name after 东莞市, as a user types it. */
    static String namePart(String name, Random random) {
        String rest = name.substring(3);
        int length = 2 + random.nextInt(3);
        int from = random.nextInt(Math.max(1, rest.length() - length));
        return rest.substring(from, Math.min(rest.length(), from + length));
    }

    /** @return {tenant, name, code} of every 500th subject loaded */
    List<String[]> load(int subjects, Consumer<String> log) throws Exception {
        return load(subjects, log, true);
    }

    /**
     * The samples {@link #load} returns, without sending anything: for an index a previous run loaded and kept
     * ({@code -Dbench.keepIndex=true}); the generator is seeded, so the subjects are the same.
     */
    List<String[]> samplesOfLoaded(int subjects) throws Exception {
        return load(subjects, line -> { }, false);
    }

    private List<String[]> load(int subjects, Consumer<String> log, boolean send) throws Exception {
        if (send) {
            client.indices().putSettings(s -> s.index(alias).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        }
        Random random = new Random(20261125L);
        UsccGenerator codes = new UsccGenerator(new Random(441900L));
        List<String[]> samples = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        Semaphore inFlight = new Semaphore(2);
        List<Future<?>> sent = new ArrayList<>();
        AtomicLong refused = new AtomicLong();
        String now = Instant.now().toString();
        long start = System.nanoTime();
        long lastReport = start;
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int inBulk = 0;
        for (int i = 1; i <= subjects; i++) {
            String[] town = SubjectSearchBenchmark.TOWNS[random.nextInt(SubjectSearchBenchmark.TOWNS.length)];
            String name = name(town, random);
            String code = codes.next("441900").value();
            String id = Long.toString(FIRST_ID + i);
            SubjectDocument document = new SubjectDocument(town[0], id, code, name, "MARKET_ENTITY",
                    "ABCD".substring(random.nextInt(4)).substring(0, 1), 60 + random.nextInt(40), List.of(),
                    now, now, List.of(ArchiveReaders.EVERY_TENANT));
            if (i % 500 == 0) {
                samples.add(new String[] {town[0], name, code});
            }
            if (!send) {
                continue;
            }
            bulk.operations(op -> op.index(x -> x.index(alias).id(id).version(1L)
                    .versionType(VersionType.External).document(document)));
            if (++inBulk == 5_000 || i == subjects) {
                BulkRequest request = bulk.build();
                bulk = new BulkRequest.Builder();
                inBulk = 0;
                inFlight.acquire();
                sent.add(senders.submit(() -> {
                    try {
                        BulkResponse response = client.bulk(request);
                        if (response.errors()) {
                            refused.addAndGet(response.items().stream().filter(it -> it.error() != null).count());
                        }
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
                if (System.nanoTime() - lastReport > 15_000_000_000L) {
                    lastReport = System.nanoTime();
                    log.accept(String.format("indexed %,d in %.0f s", i, (lastReport - start) / 1e9));
                }
            }
        }
        for (Future<?> future : sent) {
            future.get();
        }
        senders.shutdown();
        if (!send) {
            return samples;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        restoreRefreshInterval();
        client.indices().refresh(r -> r.index(alias));
        log.accept(String.format("loaded %,d subjects in %.1f s (%,.0f/s), refused %d, count %,d", subjects, seconds,
                subjects / seconds, refused.get(), client.count(c -> c.index(alias)).count()));
        return samples;
    }

    /** Back to the index's own refresh interval (the product sets none: Elasticsearch's default, 1 s). */
    private void restoreRefreshInterval() throws Exception {
        if (client._transport() instanceof RestClientTransport rest) {
            Request request = new Request("PUT", "/" + alias + "/_settings");
            request.setJsonEntity("{\"index\":{\"refresh_interval\":null}}");
            rest.restClient().performRequest(request);
        } else {
            client.indices().putSettings(s -> s.index(alias).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        }
    }
}
