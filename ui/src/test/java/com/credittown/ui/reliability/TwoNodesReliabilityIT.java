package com.credittown.ui.reliability;

import static com.credittown.ui.reliability.PrivateServices.KEYCLOAK;
import static com.credittown.ui.reliability.PrivateServices.OUT;
import static com.credittown.ui.reliability.PrivateServices.PG;
import static com.credittown.ui.reliability.PrivateServices.SUFFIX;
import static com.credittown.ui.reliability.PrivateServices.count;
import static com.credittown.ui.reliability.PrivateServices.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.uscc.UsccGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes (two OS processes from the assembled jar, two ports) on one PostgreSQL database, with the
 * Elasticsearch and Keycloak the test suite runs. A REST client drives case steps through both; one node is
 * killed with kill -9 in the middle of each phase and started again. Then: every acknowledged step is in the
 * database and in the index, none twice; every cluster-locked job fired on one node per firing; and a backup
 * restored into another database holds the same rows and the same history. Figures go to
 * target/reliability/figures.txt (and docs/reliability.md records a run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesReliabilityIT {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final String DATABASE = "credittown_reliability" + SUFFIX;
    static final String RESTORED = "credittown_reliability_restored" + SUFFIX;
    static final String ES = "http://127.0.0.1:" + System.getenv().getOrDefault("CT_ES_PORT", "9200");
    static final int STEPS_PER_PHASE = Integer.getInteger("reliability.steps", 500);
    static final int CLIENT_THREADS = 4;

    final PrivateServices services = new PrivateServices("figures.txt", "Reliability figures");
    final Map<String, String> figures = services.figures;
    final List<AppNode> nodes = new ArrayList<>();
    final Set<String> startedCases = ConcurrentHashMap.newKeySet();
    final Set<String> completedTasks = ConcurrentHashMap.newKeySet();
    String subjectCode;

    @BeforeAll
    void startTwoNodes() throws Exception {
        PrivateServices.freshDatabase(DATABASE);
        for (String index : httpGet(ES + "/_cat/indices/" + DATABASE.replace('_', '-') + "-*?h=index").split("\\s+")) {
            if (!index.isBlank()) {
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ES + "/" + index)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
        List<String> fastJobs = List.of(
                "--spring.datasource.hikari.maximum-pool-size=8",
                // every cluster-locked job fires every 5 seconds on both nodes
                "--credittown.notification.deadline-cron=*/5 * * * * *",
                "--credittown.key-task.reminder-cron=*/5 * * * * *",
                "--credittown.district.rating-cron=*/5 * * * * *",
                "--credittown.credit.publicity.expiry-cron=*/5 * * * * *",
                "--credittown.idempotency.purge-cron=*/5 * * * * *",
                "--credittown.settings.reviewer-sync-delay=5s",
                "--credittown.notification.mail.retry-interval=PT5S");
        // one after the other: the first start creates the schema (Liquibase, Flowable) and provisions the tenants
        nodes.add(services.startNode("node-a", DATABASE, fastJobs,
                "first start of node-a (empty database, 34 tenants provisioned)"));
        nodes.add(services.startNode("node-b", DATABASE, fastJobs, "start of node-b"));
        // a first start on an empty database answers before its tenants are provisioned (404 "Unknown tenant")
        await("tenant humen provisioned").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions().until(() -> client().get(0, "/api/tenants/humen/tasks?size=1") != null);
        subjectCode = registerSubject();
    }

    @AfterAll
    void stopNodes() throws Exception {
        services.stopAll();
    }

    @Test
    @Order(1)
    void acknowledgedStepsSurviveAKilledNodeOnceEach() throws Exception {
        Instant begin = Instant.now();
        // phase 1: starts, node-a killed half-way
        runPhase("starts", nodes.get(0), i -> {
            ReliabilityClient.Answer answer = client().post(i % 2, "/api/tenants/humen/cases", Map.of(
                    "processKey", "credit-commitment", "data", Map.of("subjectCode", subjectCode,
                            "subjectName", "东莞市虎门可靠性测试有限公司", "commitmentType", "voluntary",
                            "commitmentText", "承诺守法诚信经营。")));
            assertThat(answer.status()).as("start %d: %s", i, answer.body()).isEqualTo(201);
            startedCases.add(answer.body().get("caseId").asText());
        });
        // phase 2: the first step of each started case completed, node-b killed half-way
        List<String> tasks = openTasks();
        assertThat(tasks).hasSize(startedCases.size());
        runPhase("completions", nodes.get(1), i -> {
            String task = tasks.get(i);
            ReliabilityClient.Answer answer = client().post(i % 2, "/api/tenants/humen/tasks/" + task + "/complete",
                    Map.of("data", Map.of("signatory", "王五", "signedOn", "2026-11-25")));
            assertThat(answer.status()).as("completion of %s: %s", task, answer.body()).isEqualTo(204);
            completedTasks.add(task);
        });
        figures.put("steps acknowledged", String.valueOf(startedCases.size() + completedTasks.size()));
        figures.put("workload time (2 phases, 2 kill -9 and restarts)", seconds(Duration.between(begin, Instant.now())));

        try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "")) {
            long cases = count(db, "select count(*) from act_hi_procinst"); // only this test starts cases here
            long lostStarts = startedCases.stream().filter(id -> count(db,
                    "select count(*) from act_hi_procinst where id_ = '" + id + "'") == 0).count();
            long records = count(db, "select count(*) from case_step_record where tenant_id = 'humen'"
                    + " and step_key = 'sign'");
            long lostCompletions = completedTasks.stream().filter(id -> count(db,
                    "select count(*) from case_step_record where task_id = '" + id + "'") == 0).count();
            // a case's start record has no task: those rows (one per case) are not duplicates of each other
            long duplicateRecords = count(db, "select count(*) from (select task_id from case_step_record"
                    + " where task_id is not null group by task_id having count(*) > 1) d");
            long duplicateNotifications = count(db, "select count(*) from (select task_id from notification where task_id is not null"
                    + " group by tenant_id, task_id, kind, recipient having count(*) > 1) d");
            long duplicateAudit = count(db, "select count(*) from (select subject_id from audit_entry"
                    + " group by tenant_id, action, subject_type, subject_id, occurred_at having count(*) > 1) d");
            figures.put("steps lost (acknowledged, not in the database)", String.valueOf(lostStarts + lostCompletions));
            figures.put("steps duplicated (cases beyond those acknowledged, records, notifications, audit rows)",
                    String.valueOf((cases - startedCases.size()) + (records - completedTasks.size())
                            + duplicateRecords + duplicateNotifications + duplicateAudit));
            assertThat(lostStarts).isZero();
            assertThat(lostCompletions).isZero();
            assertThat(cases).as("each acknowledged start created one case").isEqualTo(startedCases.size());
            assertThat(records).as("each acknowledged completion recorded once").isEqualTo(completedTasks.size());
            assertThat(duplicateRecords).isZero();
            assertThat(duplicateNotifications).isZero();
            assertThat(duplicateAudit).isZero();

            // and in the index, once the outbox is empty
            Instant indexing = Instant.now();
            await().atMost(Duration.ofMinutes(10)).until(() -> count(db, "select count(*) from search_outbox") == 0);
            httpGet(ES + "/" + DATABASE.replace('_', '-') + "-cases/_refresh");
            long indexed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(httpGet(ES + "/"
                    + DATABASE.replace('_', '-') + "-cases/_count")).get("count").asLong();
            figures.put("outbox drained after the workload", seconds(Duration.between(indexing, Instant.now())));
            figures.put("cases indexed / cases in the database", indexed + " / " + cases);
            assertThat(indexed).as("every case is in the index").isEqualTo(cases);
        }
    }

    @Test
    @Order(2)
    void everyClusterLockedJobFiredOnOneNodePerFiring() throws Exception {
        try (Connection db = DriverManager.getConnection(PG + DATABASE, "postgres", "")) {
            StringBuilder perNode = new StringBuilder();
            try (ResultSet rs = db.createStatement().executeQuery(
                    "select job, node, count(*) from job_run group by job, node order by job, node")) {
                while (rs.next()) {
                    perNode.append(rs.getString(1)).append('@').append(rs.getString(2)).append('=')
                            .append(rs.getLong(3)).append(' ');
                }
            }
            figures.put("job runs per node", perNode.toString().trim());
            assertThat(count(db, "select count(distinct job) from job_run")).as("every job ran").isGreaterThanOrEqualTo(6);
            // both nodes fire every job at the same seconds: two runs of one job less than 2 s apart is a double run
            long doubled = count(db, "select count(*) from job_run a join job_run b on a.job = b.job and a.id < b.id"
                    + " and b.started_at - a.started_at < interval '2 seconds'"
                    + " and a.started_at - b.started_at < interval '2 seconds'");
            figures.put("job firings run twice", String.valueOf(doubled));
            assertThat(doubled).isZero();
            // Flowable's own jobs: none executed twice (each job row is deleted by the node that ran it)
            figures.put("Flowable jobs left failed (retries exhausted)", String.valueOf(count(db,
                    "select count(*) from act_ru_deadletter_job")));
            assertThat(count(db, "select count(*) from act_ru_deadletter_job")).isZero();
        }
    }

    @Test
    @Order(3)
    void aBackupRestoredIntoAnotherDatabaseHoldsTheSameRowsAndHistory() throws Exception {
        Path dump = OUT.resolve("backup.dump").toAbsolutePath();
        Instant begin = Instant.now();
        script(Map.of("CT_PG_DATABASE", DATABASE), "backup.sh", dump.toString());
        script(Map.of(), "restore.sh", dump.toString(), "--database", RESTORED, "--replace");
        figures.put("backup + restore", seconds(Duration.between(begin, Instant.now())));
        String oneCase = startedCases.iterator().next();
        List<String> queries = List.of(
                "select count(*) from act_hi_procinst", "select count(*) from act_hi_actinst",
                "select count(*) from act_ru_task", "select count(*) from case_step_record",
                "select count(*) from notification", "select count(*) from audit_entry",
                "select count(*) from credit_subject", "select count(*) from idempotent_request");
        try (Connection original = DriverManager.getConnection(PG + DATABASE, "postgres", "");
             Connection restored = DriverManager.getConnection(PG + RESTORED, "postgres", "")) {
            for (String query : queries) {
                assertThat(count(restored, query)).as(query).isEqualTo(count(original, query));
            }
            String history = "select act_id_ || ':' || coalesce(assignee_, '') || ':' || start_time_ || ':'"
                    + " || coalesce(end_time_::text, '') from act_hi_actinst where proc_inst_id_ = '" + oneCase
                    + "' order by start_time_, id_";
            String decisions = "select step_key || ':' || actor || ':' || completed_at || ':' || data_json"
                    + " from case_step_record where case_id = '" + oneCase + "' order by id";
            assertThat(rows(restored, history)).isEqualTo(rows(original, history)).isNotEmpty();
            assertThat(rows(restored, decisions)).isEqualTo(rows(original, decisions)).isNotEmpty();
        } finally {
            try (Connection admin = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
                admin.createStatement().execute("drop database if exists " + RESTORED + " with (force)");
            }
        }
    }

    interface Step {
        void run(int i) throws Exception;
    }

    /** Runs the phase's steps on a few client threads and kills the victim half-way, then starts it again. */
    private void runPhase(String phase, AppNode victim, Step step) throws Exception {
        AtomicInteger done = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < CLIENT_THREADS; t++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < STEPS_PER_PHASE; i = next.getAndIncrement()) {
                        step.run(i);
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofMinutes(15)).until(() -> done.get() >= STEPS_PER_PHASE / 2);
            victim.kill();
            figures.put(phase + ": acknowledged when " + victim.name() + " was killed", String.valueOf(done.get()));
            figures.put(phase + ": restart of " + victim.name() + " after kill -9", seconds(victim.start(Duration.ofMinutes(20))));
            for (Future<?> f : running) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private ReliabilityClient client;
    private Instant tokenAt = Instant.EPOCH;

    private synchronized ReliabilityClient client() throws IOException, InterruptedException {
        if (Duration.between(tokenAt, Instant.now()).compareTo(Duration.ofMinutes(2)) > 0) {
            client = new ReliabilityClient(nodes, ReliabilityClient.token(KEYCLOAK, "humen.officer"));
            tokenAt = Instant.now();
        }
        return client;
    }

    private String registerSubject() throws Exception {
        String code = new UsccGenerator(new java.util.Random()).next("441900").value();
        ReliabilityClient.Answer answer = client().post(0, "/api/tenants/humen/subjects", Map.of("kind",
                "MARKET_ENTITY", "code", code, "name", "东莞市虎门可靠性测试有限公司", "tags", List.of()));
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

    private static List<String> rows(Connection db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static String httpGet(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void script(Map<String, String> environment, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", REPO.resolve("scripts").resolve(command[0]).toString()));
        line.addAll(List.of(command).subList(1, command.length));
        ProcessBuilder builder = new ProcessBuilder(line).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", line).isTrue();
        assertThat(process.exitValue()).as("%s", line).isZero();
    }
}
