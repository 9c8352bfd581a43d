package com.credittown.platform.search;

import com.credittown.platform.credit.ArchiveReaders;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Indexing rate and search latency of the subject index at Dongguan's scale. Not part of {@code mvn test} (the
 * class name matches none of surefire's default patterns); run it with
 *
 * <pre>mvn -B -o -pl platform test -Dtest=SubjectSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.run=true [-Dbench.subjects=1700000] [-Dbench.threads=4] [-Dbench.queries=20000] [-Dbench.seconds=120]</pre>
 *
 * It generates subjects (34 towns as tenants, Chinese company names, valid USCCs) straight into a separate index
 * behind the alias {@code credittown-bench-subjects}, with the production mapping, then runs concurrent searches
 * through the production query code ({@link SubjectSearch}: tenant filter, phrase + match on the name, code
 * prefix), half Chinese name parts and half code prefixes. The index is deleted at the end.
 *
 * <p>It is skipped unless {@code -Dbench.run=true} (or {@code -Dbench.subjects}) is given, so a test run that
 * selects the whole package ({@code -Dtest='com.credittown.platform.search.**'}) does not start it.
 */
class SubjectSearchBenchmark {

    static final String[][] TOWNS = {
            {"guancheng", "莞城"}, {"nancheng", "南城"}, {"dongcheng", "东城"}, {"wanjiang", "万江"},
            {"shijie", "石碣"}, {"shilong", "石龙"}, {"chashan", "茶山"}, {"shipai", "石排"}, {"qishi", "企石"},
            {"hengli", "横沥"}, {"qiaotou", "桥头"}, {"xiegang", "谢岗"}, {"dongkeng", "东坑"},
            {"changping", "常平"}, {"liaobu", "寮步"}, {"dalang", "大朗"}, {"huangjiang", "黄江"},
            {"zhangmutou", "樟木头"}, {"fenggang", "凤岗"}, {"tangxia", "塘厦"}, {"qingxi", "清溪"},
            {"changan", "长安"}, {"humen", "虎门"}, {"houjie", "厚街"}, {"shatian", "沙田"}, {"daojiao", "道滘"},
            {"hongmei", "洪梅"}, {"machong", "麻涌"}, {"wangniudun", "望牛墩"}, {"zhongtang", "中堂"},
            {"gaobu", "高埗"}, {"dalingshan", "大岭山"}, {"songshanhu", "松山湖"}, {"binhaiwan", "滨海湾"}};
    static final char[] WORD = ("华兴盛达利源鑫恒通宏嘉博信德泰安祥富发永新锦荣昌瑞丰金广海天宇星晨辉明佳美科创远"
            + "东南中正和合力优精诚志联顺益隆凯展威腾飞龙凤豪群骏俊雅丽家乐福康健宁景晟弘毅伟业").toCharArray();
    static final String[] TRADES = {"五金制品", "电子科技", "塑胶制品", "服装", "家具", "贸易", "餐饮管理", "物流",
            "模具", "印刷", "包装材料", "机械设备", "建材", "食品", "玩具", "鞋业", "纺织", "照明", "新材料", "信息技术",
            "实业", "投资", "商贸", "电器", "汽车服务"};
    static final String[] FORMS = {"有限公司", "有限公司", "有限公司", "股份有限公司", "商行", "经营部", "厂"};

    @Test
    void indexAndSearch() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("bench.run") || System.getProperty("bench.subjects") != null,
                "the benchmark runs only with -Dbench.run=true");
        int subjects = Integer.getInteger("bench.subjects", 1_700_000);
        int threads = Integer.getInteger("bench.threads", 4);
        int maxQueries = Integer.getInteger("bench.queries", 20_000);
        int maxSeconds = Integer.getInteger("bench.seconds", 120);
        int bulkSize = Integer.getInteger("bench.bulk", 5_000);
        String url = System.getProperty("bench.es", "http://127.0.0.1:" + System.getenv().getOrDefault("CT_ES_PORT", "9200"));

        RestClient rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setConnectTimeout(5_000).setSocketTimeout(120_000))
                .build();
        ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        SearchSettings settings = new SearchSettings("credittown-bench", "standard", 0,
                new SearchSettings.Dispatcher(false, 500, 500, Duration.ofMinutes(5), Duration.ofSeconds(15)), 2000,
                new SearchSettings.Client(50, 100));
        SubjectDocumentType type = new SubjectDocumentType(null, null);
        SearchIndexes indexes = new SearchIndexes(client, settings, List.of(type), settings.indexPrefix());
        for (String stale : indexes.indicesBehind(type)) {
            indexes.delete(stale);
        }
        String index = indexes.createIndex(type);
        try {
            System.out.printf("%nBENCH subjects=%d threads=%d index=%s es=%s cores=%d%n", subjects, threads, index,
                    url, Runtime.getRuntime().availableProcessors());
            client.indices().putSettings(s -> s.index(index).settings(x -> x.refreshInterval(t -> t.time("-1"))));

            // 1. indexing: generated documents in bulk requests, two in flight
            Random random = new Random(20261125L);
            UsccGenerator codes = new UsccGenerator(new Random(441900L));
            List<String[]> samples = new ArrayList<>(); // {tenant, name, code} of every 500th subject
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
                String[] town = TOWNS[random.nextInt(TOWNS.length)];
                String name = "东莞市" + town[1] + WORD[random.nextInt(WORD.length)] + WORD[random.nextInt(WORD.length)]
                        + TRADES[random.nextInt(TRADES.length)] + FORMS[random.nextInt(FORMS.length)];
                String code = codes.next("441900").value();
                String id = Integer.toString(i);
                SubjectDocument document = new SubjectDocument(town[0], id, code, name, "MARKET_ENTITY",
                        "ABCD".substring(random.nextInt(4)).substring(0, 1), 60 + random.nextInt(40), List.of(),
                        now, now, List.of(ArchiveReaders.EVERY_TENANT));
                if (i % 500 == 0) {
                    samples.add(new String[] {town[0], name, code});
                }
                bulk.operations(op -> op.index(x -> x.index(index).id(id).version(1L)
                        .versionType(VersionType.External).document(document)));
                if (++inBulk == bulkSize || i == subjects) {
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
                        double seconds = (lastReport - start) / 1e9;
                        System.out.printf("BENCH indexed %,d in %.0f s (%,.0f/s)%n", i, seconds, i / seconds);
                    }
                }
            }
            for (Future<?> future : sent) {
                future.get();
            }
            senders.shutdown();
            double indexSeconds = (System.nanoTime() - start) / 1e9;
            client.indices().putSettings(s -> s.index(index).settings(x -> x.refreshInterval(t -> t.time("1s"))));
            long refreshStart = System.nanoTime();
            client.indices().refresh(r -> r.index(index));
            double refreshSeconds = (System.nanoTime() - refreshStart) / 1e9;
            indexes.swap(type, index);
            long count = client.count(c -> c.index(index)).count();
            var stats = client.indices().stats(s -> s.index(index));
            long bytes = stats.indices().get(index).primaries().store().sizeInBytes();
            System.out.printf("BENCH indexing: %,d documents in %.1f s = %,.0f docs/s (refused %d); refresh %.1f s;"
                            + " count %,d; store %,.0f MB%n", subjects, indexSeconds, subjects / indexSeconds,
                    refused.get(), refreshSeconds, count, bytes / 1e6);

            // 2. searching: concurrent, mixed Chinese name parts and code prefixes, through the production code
            SubjectSearch search = new SubjectSearch(new DocumentSearch(client, indexes, new SearchStatus(null),
                    new TenantSearchFilter(null)), type);
            for (int warm = 0; warm < 200; warm++) {
                runQuery(search, samples, new Random(warm), null);
            }
            ExecutorService searchers = Executors.newFixedThreadPool(threads);
            AtomicLong budget = new AtomicLong(maxQueries);
            long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
            List<Future<long[]>> results = new ArrayList<>();
            long searchStart = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                results.add(searchers.submit(() -> {
                    Random r = new Random(1000 + seed);
                    long[] latencies = new long[maxQueries];
                    int n = 0;
                    long[] hits = new long[1];
                    while (budget.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        runQuery(search, samples, r, hits);
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    long[] mine = Arrays.copyOf(latencies, n + 1);
                    mine[n] = hits[0];
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            long totalHits = 0;
            for (Future<long[]> f : results) {
                long[] mine = f.get();
                for (int k = 0; k < mine.length - 1; k++) {
                    all.add(mine[k]);
                }
                totalHits += mine[mine.length - 1];
            }
            searchers.shutdown();
            double searchSeconds = (System.nanoTime() - searchStart) / 1e9;
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("BENCH search: %,d queries, %d threads, %.1f s = %,.0f queries/s; latency ms p50 %.1f"
                            + " p95 %.1f p99 %.1f max %.1f; mean total hits %.1f%n", sorted.length, threads,
                    searchSeconds, sorted.length / searchSeconds, ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, (double) totalHits / sorted.length);
        } finally {
            for (String behind : indexes.indicesBehind(type)) {
                indexes.delete(behind);
            }
            if (client.indices().exists(e -> e.index(index)).value()) {
                indexes.delete(index);
            }
            rest.close();
        }
    }

    /** Half Chinese name parts (2 to 4 characters from a generated name), half code prefixes (8 to 14 characters). */
    private static void runQuery(SubjectSearch search, List<String[]> samples, Random random, long[] hits) {
        String[] sample = samples.get(random.nextInt(samples.size()));
        String query;
        if (random.nextBoolean()) {
            String name = sample[1].substring(3); // after 东莞市
            int length = 2 + random.nextInt(3);
            int from = random.nextInt(Math.max(1, name.length() - length));
            query = name.substring(from, Math.min(name.length(), from + length));
        } else {
            query = sample[2].substring(0, 8 + random.nextInt(7));
        }
        SearchResults<SubjectHit> results = TenantContext.callAs(new TenantId(sample[0]),
                () -> search.search(query, 0, 20));
        if (hits != null) {
            hits[0] += results.total();
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
