package com.credittown.ui.reliability;

import static com.credittown.ui.reliability.PrivateServices.KEYCLOAK;
import static com.credittown.ui.reliability.PrivateServices.PG;
import static com.credittown.ui.reliability.PrivateServices.SUFFIX;
import static com.credittown.ui.reliability.PrivateServices.count;
import static com.credittown.ui.reliability.PrivateServices.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Elasticsearch goes down while a 双公示 file is imported and case steps run through REST, and comes back after
 * both finished: then every imported row and every step is found in the index, in its latest state, once. One
 * application node (the assembled jar as its own process) on a database of its own, with an Elasticsearch of its
 * own ({@link PrivateService}: free ports, its own data), so stopping it disturbs nobody; Keycloak and PostgreSQL
 * are the shared ones.
 *
 * <p>Scale: {@code -Dreliability.import-rows} (default 10,000; the figure is 100,000) and
 * {@code -Dreliability.search-steps} (default 2,000, half case starts and half completions; the figure is
 * 10,000). Figures go to target/reliability/search-figures.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchOutageReliabilityIT {

    static final String DATABASE = "credittown_reliability_es" + SUFFIX;
    static final String PREFIX = DATABASE.replace('_', '-');
    static final int ROWS = Integer.getInteger("reliability.import-rows", 10_000);
    static final int STEPS = Integer.getInteger("reliability.search-steps", 2_000);
    static final int CLIENT_THREADS = 4;

    final PrivateServices services = new PrivateServices("search-figures.txt", "Search outage figures");
    final Map<String, String> figures = services.figures;
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    final Set<String> startedCases = ConcurrentHashMap.newKeySet();
    final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
    PrivateService elasticsearch;
    AppNode node;
    ReliabilityClient client;
    Instant tokenAt = Instant.EPOCH;

    @BeforeAll
    void startElasticsearchAndNode() throws Exception {
        PrivateServices.freshDatabase(DATABASE);
        elasticsearch = services.start(PrivateService.elasticsearch("reliability-es" + SUFFIX),
                "private Elasticsearch start (empty)");
        node = services.startNode("node-es", DATABASE, List.of(
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--spring.elasticsearch.uris=" + elasticsearch.url()), "node start (empty database)");
    }

    @AfterAll
    void stopAll() throws Exception {
        services.stopAll();
    }

    @Test
    void importedRowsAndCaseStepsAllArriveOnceWhenElasticsearchReturns() throws Exception {
        awaitTenantsProvisioned();
        String subjectCode = registerSubject();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = generate(run);
        long jobId;
        Duration down;
        int processedAtStop;
        Instant begin = Instant.now();
        try {
            jobId = upload(file);
            // some rows are imported and indexed while Elasticsearch is up: the outage hits a running dispatcher
            await("first rows indexed").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> esCount("records") > 0);
            Duration stop = elasticsearch.stop();
            Instant downSince = Instant.now();
            processedAtStop = job(jobId).get("rowsProcessed").asInt();
            figures.put("Elasticsearch stopped after rows processed", processedAtStop + " of " + ROWS
                    + " (stop took " + seconds(stop) + ")");
            assertThat(processedAtStop).as("Elasticsearch went down during the import").isLessThan(ROWS);
            await("search reported degraded").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "DEGRADED".equals(client().get(0, "/api/search/status").path("state").asText()));

            // case steps while it is down (and the import goes on)
            Instant steps = Instant.now();
            runSteps("starts", STEPS / 2, i -> {
                ReliabilityClient.Answer answer = client().post(0, "/api/tenants/humen/cases", Map.of(
                        "processKey", "credit-commitment", "data", Map.of("subjectCode", subjectCode,
                                "subjectName", "东莞市虎门检索停机测试有限公司", "commitmentType", "voluntary",
                                "commitmentText", "承诺守法诚信经营。")));
                assertThat(answer.status()).as("start %d: %s", i, answer.body()).isEqualTo(201);
                startedCases.add(answer.body().get("caseId").asText());
            });
            List<String> tasks = openTasks();
            assertThat(tasks).hasSize(startedCases.size());
            runSteps("completions", STEPS / 2, i -> {
                ReliabilityClient.Answer answer = client().post(0, "/api/tenants/humen/tasks/" + tasks.get(i)
                        + "/complete", Map.of("data", Map.of("signatory", "王五", "signedOn", "2026-11-25")));
                assertThat(answer.status()).as("completion of %s: %s", tasks.get(i), answer.body()).isEqualTo(204);
                completedTasks.add(tasks.get(i));
            });
            figures.put("case steps acknowledged while Elasticsearch was down", startedCases.size() + " starts + "
                    + completedTasks.size() + " completions in " + seconds(Duration.between(steps, Instant.now())));

            JsonNode done = await("import finished").atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> job(jobId), j -> !"RUNNING".equals(j.get("state").asText()));
            figures.put("import", done.get("imported").asInt() + " imported, " + done.get("rejected").asInt()
                    + " rejected, " + done.get("unchanged").asInt() + " unchanged, state " + done.get("state").asText()
                    + ", " + seconds(Duration.between(begin, Instant.now())) + " ("
                    + Math.round(done.get("rowsPerSecond").asDouble()) + " rows/s)");
            assertThat(done.get("state").asText()).as("import: %s", done).isEqualTo("DONE");
            assertThat(done.get("imported").asInt()).isEqualTo(ROWS);
            assertThat(esReachable()).as("Elasticsearch stayed down through the import and the steps").isFalse();

            try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "")) {
                figures.put("search outbox rows waiting when Elasticsearch came back",
                        String.valueOf(count(db, "select count(*) from search_outbox")));
                assertThat(count(db, "select count(*) from search_outbox")).isPositive();
            }
            Instant restart = Instant.now();
            Duration start = elasticsearch.start();
            down = Duration.between(downSince, Instant.now());
            figures.put("Elasticsearch down (stop to answering again)", seconds(down) + " (start took " + seconds(start) + ")");

            try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "")) {
                Instant draining = Instant.now();
                await("outbox drained").atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(2))
                        .until(() -> count(db, "select count(*) from search_outbox") == 0);
                figures.put("outbox drained after Elasticsearch answered", seconds(Duration.between(draining, Instant.now())));
                await("search status UP").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> "UP".equals(client().get(0, "/api/search/status").path("state").asText()));
                figures.put("search UP and outbox empty, after the restart began",
                        seconds(Duration.between(restart, Instant.now())));
                for (String type : List.of("subjects", "records", "cases")) {
                    send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/" + PREFIX + "-" + type + "/_refresh"))
                            .POST(HttpRequest.BodyPublishers.noBody()));
                }
                assertEverythingIndexedOnce(db, run);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void assertEverythingIndexedOnce(Connection db, String run) throws Exception {
        // the rows: one entry and one record each in the database, each record in the index in its latest state
        long entries = count(db, "select count(*) from double_publicity_entry where decision_number like '%" + run + "-%'");
        long distinctEntries = count(db, "select count(distinct (kind, decision_number, subject_code))"
                + " from double_publicity_entry where decision_number like '%" + run + "-%'");
        long records = count(db, "select count(*) from credit_record");
        long subjects = count(db, "select count(*) from credit_subject");
        long cases = count(db, "select count(*) from act_hi_procinst");
        long indexedRecords = esCount("records");
        long indexedSubjects = esCount("subjects");
        long indexedCases = esCount("cases");
        figures.put("rows in the database (entries, distinct) / records in the database / records indexed",
                entries + ", " + distinctEntries + " / " + records + " / " + indexedRecords);
        figures.put("subjects in the database / indexed", subjects + " / " + indexedSubjects);
        figures.put("cases in the database / indexed", cases + " / " + indexedCases);
        assertThat(entries).as("each row stored once").isEqualTo(ROWS).isEqualTo(distinctEntries);
        // (a completed credit-commitment case adds a record of its own: only the rows' records are counted here)
        assertThat(count(db, "select count(distinct r.id) from credit_record r join double_publicity_entry e"
                + " on e.record_id = r.id where e.decision_number like '%" + run + "-%'")).as("each row one record")
                .isEqualTo(ROWS);
        // document ids are database ids, so equal counts mean every record is there and none twice
        assertThat(indexedRecords).as("every record in the index").isEqualTo(records);
        assertThat(indexedSubjects).as("every subject in the index").isEqualTo(subjects);
        assertThat(indexedCases).as("every case in the index").isEqualTo(cases).isEqualTo(startedCases.size());
        // the latest state: records by kind and state, subjects by grade and their total score (regraded by the rows)
        assertThat(esTerms("records", "kind")).isEqualTo(dbGroups(db, "select kind, count(*) from credit_record group by kind"));
        assertThat(esTerms("records", "state")).isEqualTo(dbGroups(db, "select state, count(*) from credit_record group by state"));
        assertThat(esTerms("subjects", "grade")).isEqualTo(dbGroups(db, "select grade, count(*) from credit_subject group by grade"));
        assertThat(esSum("subjects", "score")).as("total score of the indexed subjects")
                .isEqualTo(count(db, "select coalesce(sum(score), 0) from credit_subject"));
        // each case's open tasks as the database has them (half of them had their first step completed meanwhile)
        Map<String, String> indexedTasks = new TreeMap<>();
        JsonNode hits = json.readTree(send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/" + PREFIX
                        + "-cases/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"size\":10000,\"_source\":[\"id\",\"openTasks.name\"]}"))))
                .path("hits").path("hits");
        for (JsonNode hit : hits) {
            List<String> names = new ArrayList<>();
            hit.path("_source").path("openTasks").forEach(t -> names.add(t.path("name").asText()));
            indexedTasks.put(hit.path("_source").path("id").asText(), String.join(",", names.stream().sorted().toList()));
        }
        Map<String, String> databaseTasks = new TreeMap<>();
        startedCases.forEach(id -> databaseTasks.put(id, ""));
        try (ResultSet rs = db.createStatement().executeQuery("select proc_inst_id_,"
                + " string_agg(name_, ',' order by name_) from act_ru_task group by proc_inst_id_")) {
            while (rs.next()) {
                databaseTasks.put(rs.getString(1), rs.getString(2));
            }
        }
        long stale = databaseTasks.entrySet().stream()
                .filter(e -> !e.getValue().equals(indexedTasks.get(e.getKey()))).count();
        figures.put("cases whose indexed open tasks differ from the database", String.valueOf(stale));
        assertThat(indexedTasks).as("each case's open tasks in the index").isEqualTo(databaseTasks);
        // and found through the application's search, as a user searches: the subject of the last row (imported
        // while Elasticsearch was down) with all its records
        String code = rowCodes[ROWS - 1];
        JsonNode found = client().get(0, "/api/tenants/humen/search/records?size=100&q=" + code);
        long expected = count(db, "select count(*) from credit_record r join credit_subject s on s.id = r.subject_id"
                + " where s.code = '" + code + "'");
        figures.put("records of the last row's subject found through the application's search / in the database",
                found.path("total").asLong() + " / " + expected);
        assertThat(found.path("total").asLong()).as("search for %s: %s", code, found).isEqualTo(expected).isPositive();
    }

    interface Step {
        void run(int i) throws Exception;
    }

    private void runSteps(String phase, int steps, Step step) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < CLIENT_THREADS; t++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < steps; i = next.getAndIncrement()) {
                        step.run(i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** A first start on an empty database answers before its tenants are provisioned (404 "Unknown tenant"). */
    private void awaitTenantsProvisioned() {
        await("tenant humen provisioned").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> client().get(0, "/api/tenants/humen/tasks?size=1") != null);
    }

    private synchronized ReliabilityClient client() throws IOException, InterruptedException {
        if (Duration.between(tokenAt, Instant.now()).compareTo(Duration.ofMinutes(2)) > 0) {
            client = new ReliabilityClient(List.of(node), ReliabilityClient.token(KEYCLOAK, "humen.officer"));
            tokenAt = Instant.now();
        }
        return client;
    }

    private String registerSubject() throws Exception {
        String code = new UsccGenerator(new Random()).next("441900").value();
        ReliabilityClient.Answer answer = client().post(0, "/api/tenants/humen/subjects", Map.of("kind",
                "MARKET_ENTITY", "code", code, "name", "东莞市虎门检索停机测试有限公司", "tags", List.of()));
        assertThat(answer.status()).as("subject: %s", answer.body()).isEqualTo(201);
        return code;
    }

    private List<String> openTasks() throws Exception {
        List<String> tasks = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = client().get(0, "/api/tenants/humen/tasks?size=200&page=" + page);
            for (JsonNode task : list) {
                if (startedCases.contains(task.get("caseId").asText())) {
                    tasks.add(task.get("id").asText());
                }
            }
            if (list.size() < 200) {
                return tasks;
            }
        }
    }

    private static boolean isPenalty(int row) {
        return row % 5 == 0;
    }

    /** The subject code of each generated row. */
    final String[] rowCodes = new String[ROWS];

    /** ROWS valid rows (a fifth penalties), half of them registering a new subject, the rest reusing one. */
    private Path generate(String run) throws IOException {
        int subjects = Math.max(1, ROWS / 2);
        Random random = new Random(2025);
        UsccGenerator codes = new UsccGenerator(new Random());
        List<String> subjectCodes = new ArrayList<>(subjects);
        for (int i = 0; i < subjects; i++) {
            subjectCodes.add(codes.next("441900").value());
        }
        LocalDate first = LocalDate.of(2025, 1, 2);
        Path file = Files.createTempFile("double-publicity-outage-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,"
                    + "title,legal_basis,severity\r\n");
            for (int i = 0; i < ROWS; i++) {
                boolean penalty = isPenalty(i);
                int subject = i < subjects ? i : random.nextInt(subjects);
                LocalDate decided = first.plusDays(random.nextInt(300));
                LocalDate published = decided.plusDays(random.nextInt(15));
                rowCodes[i] = subjectCodes.get(subject);
                out.write(String.join(",", penalty ? "PENALTY" : "LICENCE",
                        (penalty ? "东市监罚〔2025〕" : "东市监许〔2025〕") + run + "-" + i + "号", subjectCodes.get(subject),
                        "\"东莞市检索停机" + subject + "号有限公司\"", "东莞市市场监督管理局", decided.toString(),
                        published.toString(), penalty ? "未按规定公示年度报告" : "食品经营许可",
                        penalty ? "《企业信息公示暂行条例》第十八条" : "", penalty ? "一般" : ""));
                out.write("\r\n");
            }
        }
        return file;
    }

    private long upload(Path file) throws Exception {
        String boundary = "----credittown" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"outage.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.base()
                        + "/api/tenants/humen/imports/double-publicity"))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + client().token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("upload: %s", response.body()).isEqualTo(202);
        return json.readTree(response.body()).get("id").asLong();
    }

    private JsonNode job(long id) throws Exception {
        return client().get(0, "/api/tenants/humen/imports/" + id);
    }

    private long esCount(String type) throws Exception {
        JsonNode answer = json.readTree(send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/" + PREFIX
                + "-" + type + "/_count")).GET()));
        return answer.path("count").asLong(-1);
    }

    private Map<String, Long> esTerms(String type, String field) throws Exception {
        JsonNode buckets = json.readTree(send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/" + PREFIX
                + "-" + type + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"size\":0,\"aggs\":{\"t\":{\"terms\":{\"field\":\""
                        + field + "\",\"size\":100}}}}")))).path("aggregations").path("t").path("buckets");
        Map<String, Long> groups = new TreeMap<>();
        buckets.forEach(b -> groups.put(b.path("key").asText(), b.path("doc_count").asLong()));
        return groups;
    }

    private long esSum(String type, String field) throws Exception {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/" + PREFIX + "-" + type
                        + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"size\":0,\"aggs\":{\"s\":{\"sum\":{\"field\":\""
                        + field + "\"}}}}")))).path("aggregations").path("s").path("value").asLong();
    }

    private static Map<String, Long> dbGroups(Connection db, String query) throws SQLException {
        Map<String, Long> groups = new TreeMap<>();
        try (ResultSet rs = db.createStatement().executeQuery(query)) {
            while (rs.next()) {
                groups.put(rs.getString(1), rs.getLong(2));
            }
        }
        return groups;
    }

    private boolean esReachable() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/_cluster/health"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
