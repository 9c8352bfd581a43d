package com.credittown.platform.search;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Elasticsearch is stopped mid-test: the archive keeps working, search answers 503 "Search is degraded", the outbox
 * keeps every change, and when Elasticsearch is started again every change arrives. One test method on purpose (a
 * restart costs 10-20 s). The test runs its own Elasticsearch (scripts/services.sh with a private run directory and
 * port {@value #PORT}, sharing the downloaded distribution), so stopping it disturbs nobody else on the machine, and
 * its own database, so the outbox dispatchers of the other cached test contexts (which send to the shared
 * Elasticsearch) do not take its rows.
 */
@SpringBootTest(properties = "spring.elasticsearch.uris=http://127.0.0.1:" + SearchOutboxOutageIntegrationTest.PORT)
@AutoConfigureMockMvc
class SearchOutboxOutageIntegrationTest {

    static final String PORT = "9201";
    private static final String ES = "http://127.0.0.1:" + PORT;

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SubjectSearch search;
    @Autowired
    SearchStatus searchStatus;
    @Autowired
    MockMvc mvc;

    SearchTestSubjects subjects;

    @BeforeAll
    static void startOwnElasticsearch() throws Exception {
        // a fresh instance for the fresh database: documents carry the database's row versions, so indices of an
        // earlier run (whose rows had the same ids) would refuse this run's documents as older
        Path data = ownRunDir().resolve("elasticsearch/data");
        if (Files.exists(data)) {
            try (java.util.stream.Stream<Path> files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        services("start");
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry properties) throws Exception {
        String database = "credittown_platform_test_outage" + System.getenv().getOrDefault("CT_TEST_DB_SUFFIX", "");
        script("pgdb", database, "--fresh");
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:"
                + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + database);
        properties.add("credittown.search.index-prefix", () -> database.replace('_', '-'));
    }

    @AfterAll
    static void stopOwnElasticsearch() throws Exception {
        services("stop");
    }

    @BeforeEach
    void setUp() {
        TenantFixtures.register(directory);
        subjects = new SearchTestSubjects(registry, tx);
    }

    @Test
    void changesMadeWhileElasticsearchIsDownAllArriveWhenItReturns() throws Exception {
        String marker = SearchTestSubjects.marker();
        SubjectView indexedBefore = subjects.register(HUMEN, "东莞市虎门镇" + marker + "停机前实业有限公司");
        // arrival, not latency, is asserted here (a loaded CI machine can take long; latency is benchmarked)
        awaitFound(HUMEN, indexedBefore.code(), indexedBefore.id(), Duration.ofSeconds(120));

        services("stop");
        SubjectView duringHumen;
        SubjectView duringChangan;
        Grade regraded;
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !reachable());

            // The archive works on: registrations and a record (the real event path) commit while ES is down.
            duringHumen = subjects.register(HUMEN, "东莞市虎门镇" + marker + "停机中一号有限公司");
            duringChangan = subjects.register(CHANGAN, "东莞市长安镇" + marker + "停机中二号有限公司");
            TenantContext.runAs(HUMEN, () -> archive.addRecord(indexedBefore.id(),
                    new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE, "市场监督管理局",
                            LocalDate.now().minusDays(3), "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单", null),
                    "officer-1"));
            regraded = TenantContext.callAs(HUMEN, () -> registry.subject(indexedBefore.id())).grade();
            assertThat(regraded).isNotEqualTo(indexedBefore.grade());

            // Search says it is degraded, never a 500.
            mvc.perform(get("/api/tenants/humen/search/subjects").param("q", "虎门镇" + marker))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.title").value("Search is degraded"));
            assertThat(searchStatus.view().degraded()).isTrue();
            assertThat(searchStatus.view().backlog()).isGreaterThanOrEqualTo(3);
            mvc.perform(get("/api/search/status"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("DEGRADED"))
                    .andExpect(jsonPath("$.lastError").isNotEmpty());
        } finally {
            services("start");
        }

        // Every change arrives.
        awaitFound(HUMEN, duringHumen.code(), duringHumen.id(), Duration.ofSeconds(120));
        awaitFound(CHANGAN, duringChangan.code(), duringChangan.id(), Duration.ofSeconds(60));
        String expectedGrade = regraded.name();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> searchAs(HUMEN, indexedBefore.code()).items().get(0).grade(), expectedGrade::equals);
        // the city's subjects: every town finds all three
        assertThat(ids(searchAs(HUMEN, marker))).containsExactlyInAnyOrder(indexedBefore.id(), duringHumen.id(),
                duringChangan.id());
        assertThat(ids(searchAs(CHANGAN, marker))).containsExactlyInAnyOrder(indexedBefore.id(), duringHumen.id(),
                duringChangan.id());
        await().atMost(Duration.ofSeconds(30)).until(() -> !searchStatus.view().degraded());
        mvc.perform(get("/api/search/status")).andExpect(jsonPath("$.state").value("UP"));
    }

    private SearchResults<SubjectHit> searchAs(TenantId tenant, String query) {
        return TenantContext.callAs(tenant, () -> search.search(query, 0, 100));
    }

    private static List<Long> ids(SearchResults<SubjectHit> results) {
        return results.items().stream().map(SubjectHit::id).toList();
    }

    private void awaitFound(TenantId tenant, String query, long id, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> ids(searchAs(tenant, query)).contains(id));
    }

    private static boolean reachable() {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()
                    .send(HttpRequest.newBuilder(URI.create(ES + "/_cluster/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void services(String action) throws Exception {
        script(action, "es");
    }

    private static Path sharedRunDir() {
        return Optional.ofNullable(System.getenv("CT_RUN_DIR")).map(Path::of)
                .orElse(repositoryRoot().resolve(".run")).toAbsolutePath();
    }

    private static Path ownRunDir() {
        return sharedRunDir().resolve("outage-test");
    }

    private static void script(String... arguments) throws Exception {
        Path repo = repositoryRoot();
        Path sharedRunDir = sharedRunDir();
        Path ownRunDir = ownRunDir();
        Files.createDirectories(ownRunDir);
        Path dist = ownRunDir.resolve("dist");
        if (!Files.exists(dist, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(sharedRunDir.resolve("dist"));
            Files.createSymbolicLink(dist, sharedRunDir.resolve("dist"));
        }
        List<String> command = new java.util.ArrayList<>(List.of(repo.resolve("scripts/services.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        builder.environment().put("CT_RUN_DIR", ownRunDir.toString());
        builder.environment().put("CT_ES_PORT", PORT);
        builder.environment().put("CT_ES_TRANSPORT_PORT", "9301");
        // a loaded CI machine can take minutes to start Elasticsearch
        builder.environment().putIfAbsent("CT_ES_TIMEOUT", "540");
        Process process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).as("services.sh %s finished", List.of(arguments)).isTrue();
        assertThat(process.exitValue()).as("services.sh %s exit code", List.of(arguments)).isZero();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/services.sh"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root with scripts/services.sh").isNotNull();
        return dir;
    }
}
