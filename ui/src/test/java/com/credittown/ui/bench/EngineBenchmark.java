package com.credittown.ui.bench;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.identity.KeycloakAdmin;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.template.TemplateLibrary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine benchmark (issue 18, item 2): in one JVM and one run on PostgreSQL, bare Flowable 7.2 beside
 * CreditTown's credit-commitment case start and first-step completion, through the service layer
 * ({@link CaseService} with the tenant bound and a user's real Keycloak token in the security context, as a request
 * would have them) and through REST with a real token; 1, 4 and 8 threads; ops/s, p50/p95/p99, SQL statements per
 * operation and the ratio to bare Flowable in the same run. A second bare reference, {@code bare-shaped}, runs the
 * commitment's own BPMN (as the application deployed it for the tenant) on bare Flowable with no-op delegates and the
 * same variables ({@link BareFlowable#SHAPED}): the ratio to it says how much of the gap is the application's work and
 * how much the commitment's engine workload.
 *
 * <p>Not a test: its name does not end in {@code Test}, so {@code mvn verify} (scripts/test.sh) never runs it.
 * {@code scripts/bench.sh engine} runs it under the Maven profile {@code bench} and writes the result to
 * {@code docs/benchmarks/engine.md}. System properties: {@code bench.seconds} (per cell, default 5),
 * {@code bench.warmup} (per path and operation, default 4), {@code bench.threads} (default 1,4,8),
 * {@code bench.db} / {@code bench.bareDb} (the two databases), {@code bench.out} (the result file),
 * {@code bench.rest} (default true; false leaves the REST cells out and needs no Keycloak token).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/${bench.db:credittown_bench_engine}",
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "spring.datasource.hikari.maximum-pool-size=${bench.pool:10}",
        "logging.level.root=WARN",
        "logging.level.org.springframework.boot.test=WARN"})
@ActiveProfiles("postgres")
@Import(EngineBenchmark.Counting.class)
class EngineBenchmark {

    private static final String TENANT = "humen";
    private static final String USER = "humen.officer";
    private static final String PROCESS = "credit-commitment";
    /** The bare reference with the commitment's shape ({@link BareFlowable#SHAPED}). */
    private static final String SHAPED = "bare-shaped";

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof HikariDataSource hikari && "dataSource".equals(name)
                            ? StatementCounter.wrap(hikari) : bean;
                }
            };
        }
    }

    @Autowired
    CaseService cases;
    @Autowired
    TaskService tasks;
    @Autowired
    JwtDecoder decoder;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    DataSource dataSource;
    @Autowired
    RepositoryService repository;
    @Autowired
    TemplateLibrary templates;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final UsccGenerator codes = new UsccGenerator(new Random());
    private final List<Cell> cells = new ArrayList<>();
    private volatile String token;

    @Test
    void engine() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 5);
        int warmup = Integer.getInteger("bench.warmup", 4);
        int[] threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,4,8").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int poolSize = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        String bareUrl = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/"
                + System.getProperty("bench.bareDb", "credittown_bench_bare");
        // bench.rest=false: no Keycloak token (e.g. the shared Keycloak refuses the password grant); the REST cells are
        // left out and the service layer gets a token with humen.officer's claims (tenants' demo-users.csv), unsigned
        boolean rest = Boolean.parseBoolean(System.getProperty("bench.rest", "true"));
        token = rest ? tokenOf(USER) : null;
        Jwt jwt = rest ? decoder.decode(token) : Jwt.withTokenValue("bench").header("alg", "none").subject(USER)
                .claim("preferred_username", USER).claim("organization", List.of(TENANT))
                .claim("realm_access", Map.of("roles", List.of("officer"))).build();
        JwtAuthenticationToken authentication = new JwtAuthenticationToken(jwt, rolesOf(jwt));
        List<String> paths = rest ? List.of("bare", SHAPED, "service", "rest") : List.of("bare", SHAPED, "service");
        Map<String, Object> templateValues = asUser(authentication, () -> TenantContext.callAs(new TenantId(TENANT),
                () -> templates.caseVariables(PROCESS)));

        try (BareFlowable bare = new BareFlowable(bareUrl, "postgres", poolSize, deployedModel())) {
            Queue bareOpen = new Queue();
            Queue shapedOpen = new Queue();
            Queue serviceOpen = new Queue();
            Queue restOpen = new Queue();
            Op bareStart = thread -> {
                Map<String, Object> data = startData();
                data.put("initiator", USER); // what the application adds to the form's data
                String id = bare.start(BareFlowable.BARE, data);
                bareOpen.add(id);
                return true;
            };
            Op shapedStart = thread -> {
                // what the service path starts the case with: the form's data, the initiator, the template's values
                Map<String, Object> data = startData();
                data.put("initiator", USER);
                data.putAll(templateValues);
                shapedOpen.add(bare.start(BareFlowable.SHAPED, data));
                return true;
            };
            Op bareComplete = bareCompletion(bare, bareOpen);
            Op shapedComplete = bareCompletion(bare, shapedOpen);
            Op serviceStart = thread -> {
                serviceOpen.add(TenantContext.callAs(new TenantId(TENANT),
                        () -> cases.start(PROCESS, USER, startData())));
                return true;
            };
            Op serviceComplete = thread -> {
                String caseId = serviceOpen.poll();
                if (caseId == null) {
                    return false;
                }
                String task = untimed(() -> taskOfCase(caseId));
                TenantContext.runAs(new TenantId(TENANT), () -> cases.complete(task, USER, signData()));
                return true;
            };
            Op restStart = thread -> {
                HttpResponse<String> response = post("/api/tenants/" + TENANT + "/cases",
                        Map.of("processKey", PROCESS, "data", startData()));
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("start answered " + response.statusCode() + ": "
                            + response.body());
                }
                restOpen.add(json.readTree(response.body()).path("caseId").asText());
                return true;
            };
            Op restComplete = thread -> {
                String caseId = restOpen.poll();
                if (caseId == null) {
                    return false;
                }
                String task = untimed(() -> taskOfCase(caseId));
                HttpResponse<String> response = post("/api/tenants/" + TENANT + "/tasks/" + task + "/complete",
                        Map.of("data", signData()));
                if (response.statusCode() != 204) {
                    throw new IllegalStateException("complete answered " + response.statusCode() + ": "
                            + response.body());
                }
                return true;
            };

            Map<String, Op> starts = Map.of("bare", bareStart, SHAPED, shapedStart, "service", serviceStart,
                    "rest", restStart);
            Map<String, Op> completions = Map.of("bare", bareComplete, SHAPED, shapedComplete,
                    "service", serviceComplete, "rest", restComplete);
            // warm-up: every path and operation, four threads, results discarded
            for (String path : paths) {
                run(path, "start", 4, warmup, starts.get(path), authentication, false);
                run(path, "complete", 4, warmup, completions.get(path), authentication, false);
            }
            for (int threads : threadCounts) {
                token = rest ? tokenOf(USER) : null; // access tokens live minutes: a fresh one per round
                for (String path : paths) {
                    cells.add(run(path, "start", threads, seconds, starts.get(path), authentication, true));
                }
                for (String path : paths) {
                    cells.add(run(path, "complete", threads, seconds, completions.get(path), authentication, true));
                }
            }
        }
        String report = report(poolSize);
        System.out.println(report);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-engine.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        List<Cell> empty = cells.stream().filter(cell -> cell.ops() == 0).toList();
        if (!empty.isEmpty()) {
            // no result to keep: scripts/bench.sh finds none and appends nothing
            Files.writeString(Path.of(out + ".failed"), report);
            throw new AssertionError("Cells without a single operation: " + empty);
        }
        Files.writeString(out, report);
    }

    // ------------------------------------------------------------------ the operations

    /** Bare Flowable's completion of the open task of an instance its start left in the queue. */
    private static Op bareCompletion(BareFlowable bare, Queue open) {
        return thread -> {
            String instance = open.poll();
            if (instance == null) {
                return false;
            }
            String task = untimed(() -> bare.taskOf(instance));
            bare.complete(task, USER, signData());
            return true;
        };
    }

    private Map<String, Object> startData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("subjectCode", codes.next("441900").value());
        data.put("subjectName", "东莞市虎门镇基准测试商行");
        data.put("commitmentType", "voluntary");
        data.put("commitmentText", "承诺守法诚信经营，接受社会监督。");
        return data;
    }

    private static Map<String, Object> signData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signatory", "张三");
        data.put("signedOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        return data;
    }

    /** The BPMN of the tenant's latest version of the process, exactly as the application deployed it. */
    private byte[] deployedModel() throws IOException {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .processDefinitionTenantId(TENANT).latestVersion().singleResult().getId();
        try (var xml = repository.getProcessModel(definitionId)) {
            return xml.readAllBytes();
        }
    }

    private static <T> T asUser(JwtAuthenticationToken user, Work<T> work) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String taskOfCase(String caseId) {
        return tasks.createTaskQuery().processInstanceId(caseId).singleResult().getId();
    }

    private HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String tokenOf(String username) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", settings.webClientId());
        form.put("client_secret", webClientSecret());
        form.put("username", username);
        form.put("password", "demo1234");
        form.put("scope", "openid organization");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = settings.url().toString().replaceAll("/$", "");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/realms/"
                        + settings.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        if (!answer.has("access_token")) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return answer.get("access_token").asText();
    }

    /**
     * The web client's secret as the realm holds it. The platform sets the configured secret when it provisions the
     * realm (CityRealm), but the realm may since have been provisioned by an instance with another secret (another
     * CT_KEYCLOAK_WEB_SECRET) or changed by hand, and then answers the configured one with {@code invalid_client}; the
     * benchmark reads it through the admin API the platform provisions with instead of changing the shared realm.
     */
    private String webClientSecret() {
        var clients = keycloak.realm().clients();
        var client = clients.findByClientId(settings.webClientId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Realm " + settings.realm() + " has no client "
                        + settings.webClientId()));
        if (!Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
            throw new IllegalStateException("Client " + settings.webClientId() + " refuses the password grant (direct"
                    + " access grants off): run with -Dbench.rest=false");
        }
        String held = clients.get(client.getId()).getSecret().getValue();
        if (!held.equals(settings.webClientSecret())) {
            System.out.println("BENCH the realm's " + settings.webClientId() + " secret differs from"
                    + " credittown.keycloak.web-client-secret; using the realm's");
        }
        return held;
    }

    /** The realm roles as Spring authorities, as the API's token converter makes them. */
    @SuppressWarnings("unchecked")
    private static List<SimpleGrantedAuthority> rolesOf(Jwt jwt) {
        Object access = jwt.getClaims().get("realm_access");
        Object roles = access instanceof Map<?, ?> map ? map.get("roles") : null;
        return roles instanceof List<?> list
                ? ((List<Object>) list).stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()
                : List.of();
    }

    // ------------------------------------------------------------------ the harness

    @FunctionalInterface
    interface Op {
        /** One timed operation; false when there is nothing left to do. */
        boolean run(int thread) throws Exception;
    }

    @FunctionalInterface
    interface Work<T> {
        T get() throws Exception;
    }

    /**
     * Untimed work inside an operation (finding the task to complete): excluded from latency, statements and CPU time
     * (nanoseconds, statements, CPU nanoseconds).
     */
    private static final ThreadLocal<long[]> UNTIMED = ThreadLocal.withInitial(() -> new long[3]);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static <T> T untimed(Work<T> work) throws Exception {
        long statements = StatementCounter.onThisThread();
        long cpu = CPU.getCurrentThreadCpuTime();
        long began = System.nanoTime();
        try {
            return work.get();
        } finally {
            long[] excluded = UNTIMED.get();
            excluded[0] += System.nanoTime() - began;
            excluded[1] += StatementCounter.onThisThread() - statements;
            excluded[2] += CPU.getCurrentThreadCpuTime() - cpu;
        }
    }

    static final class Queue {
        private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

        void add(String item) {
            items.add(item);
        }

        String poll() {
            return items.poll();
        }
    }

    record Cell(String path, String op, int threads, long ops, long errors, double seconds, double opsPerSecond,
                double p50, double p95, double p99, double statementsPerOp, double cpuPerOp, String firstError) {
    }

    private Cell run(String path, String op, int threads, int seconds, Op work, JwtAuthenticationToken user,
                     boolean measured) throws InterruptedException {
        long[][] latencies = new long[threads][];
        int[] counts = new int[threads];
        AtomicLong errors = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        String[] firstError = new String[1];
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long requestStatements = StatementCounter.onRequestThreads();
        long[] ends = new long[threads];
        List<Thread> workers = new ArrayList<>();
        long[] startedAt = new long[1];
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                SecurityContextHolder.getContext().setAuthentication(user);
                long[] mine = new long[1024];
                int n = 0;
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long deadline = startedAt[0] + Duration.ofSeconds(seconds).toNanos();
                while (System.nanoTime() < deadline) {
                    long[] excluded = UNTIMED.get();
                    excluded[0] = 0;
                    excluded[1] = 0;
                    excluded[2] = 0;
                    long ownBefore = StatementCounter.onThisThread();
                    long cpuBefore = CPU.getCurrentThreadCpuTime();
                    long began = System.nanoTime();
                    try {
                        if (!work.run(index)) {
                            break;
                        }
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError[0] == null) {
                                firstError[0] = e.toString();
                            }
                        }
                        continue;
                    }
                    long took = System.nanoTime() - began - excluded[0];
                    statements.addAndGet(StatementCounter.onThisThread() - ownBefore - excluded[1]);
                    cpu.addAndGet(CPU.getCurrentThreadCpuTime() - cpuBefore - excluded[2]);
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                }
                ends[index] = System.nanoTime();
                latencies[index] = mine;
                counts[index] = n;
                SecurityContextHolder.clearContext();
            }, (measured ? "bench-" : "warm-up-") + path + "-" + op + "-" + index); // JFR readings group by these
            workers.add(worker);
            worker.start();
        }
        ready.await();
        startedAt[0] = System.nanoTime();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long end = Arrays.stream(ends).max().orElse(System.nanoTime());
        double elapsed = (end - startedAt[0]) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        long sql = path.equals("rest") ? StatementCounter.onRequestThreads() - requestStatements : statements.get();
        // the calling thread's CPU: the whole operation for bare and the service layer, only the HTTP client for REST
        double cpuPerOp = total == 0 || path.equals("rest") ? Double.NaN : cpu.get() / 1e6 / total;
        Cell cell = new Cell(path, op, threads, total, errors.get(), elapsed, total / elapsed, percentile(all, 50),
                percentile(all, 95), percentile(all, 99), total == 0 ? 0 : (double) sql / total, cpuPerOp,
                firstError[0]);
        System.out.printf(Locale.ROOT, "%s %-11s %-8s threads=%d ops=%d errors=%d ops/s=%.1f p50=%.1f p95=%.1f "
                        + "p99=%.1f sql/op=%.1f cpu/op=%.2f%s%n", measured ? "BENCH" : "warm-up", path, op, threads,
                total, errors.get(), cell.opsPerSecond(), cell.p50(), cell.p95(), cell.p99(), cell.statementsPerOp(),
                cpuPerOp, firstError[0] == null ? "" : " first error: " + firstError[0]);
        return cell;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** The reference path's cell of the same operation and thread count. */
    private Cell reference(String path, Cell cell) {
        return cells.stream().filter(c -> c.path().equals(path) && c.op().equals(cell.op())
                && c.threads() == cell.threads()).findFirst().orElse(cell);
    }

    private String report(int poolSize) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Settings: %s s per cell after a %s s warm-up of each path and "
                        + "operation (4 threads); Hikari pool %d for the application and for bare Flowable; "
                        + "process `%s` (tenant `%s`, user `%s`); Java %s.%n%n",
                System.getProperty("bench.seconds", "5"), System.getProperty("bench.warmup", "4"), poolSize,
                PROCESS, TENANT, USER, System.getProperty("java.version")));
        out.append("`bare-shaped`: the tenant's deployed `" + PROCESS + "` BPMN on bare Flowable, no-op delegates, the"
                + " same variables; `× shaped` is the ratio to it. `CPU ms/op`: the calling thread's CPU time per"
                + " operation (not the database's; for REST the work runs on the server's threads: –).\n\n");
        out.append("| op | threads | path | ops | ops/s | p50 ms | p95 ms | p99 ms | SQL/op | CPU ms/op | × bare "
                + "| × shaped | errors |\n");
        out.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String op : List.of("start", "complete")) {
            for (Cell cell : cells) {
                if (!cell.op().equals(op)) {
                    continue;
                }
                Cell bare = reference("bare", cell);
                Cell shaped = reference(SHAPED, cell);
                out.append(String.format(Locale.ROOT,
                        "| %s | %d | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %.2f | %.2f | %d |%n", op,
                        cell.threads(), cell.path(), cell.ops(), cell.opsPerSecond(), cell.p50(), cell.p95(),
                        cell.p99(), cell.statementsPerOp(), Double.isNaN(cell.cpuPerOp()) ? "–"
                                : String.format(Locale.ROOT, "%.2f", cell.cpuPerOp()),
                        cell.opsPerSecond() / bare.opsPerSecond(), cell.opsPerSecond() / shaped.opsPerSecond(),
                        cell.errors()));
            }
        }
        cells.stream().filter(c -> c.firstError() != null).forEach(c -> out.append(String.format(Locale.ROOT,
                "%nFirst error of %s %s at %d threads: `%s`%n", c.path(), c.op(), c.threads(), c.firstError())));
        return out.toString();
    }
}
