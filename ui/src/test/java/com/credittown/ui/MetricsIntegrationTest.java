package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.metrics.PlatformCensus;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.DueTaskProjection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * /actuator/prometheus on the assembled application with real Keycloak tokens: who may scrape it, and that the
 * figures move as the platform works (a case started and completed over REST, a 双公示 file imported twice, an
 * overdue task).
 *
 * <p>{@code @AutoConfigureObservability}: Spring Boot's tests switch metrics export off unless asked; the Prometheus
 * endpoint exists only with it (so this class has its own application context, shared with
 * {@link RequestLogContextIntegrationTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@AutoConfigureObservability(tracing = false)
class MetricsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final String STARTED = "credittown_cases_started_total";
    private static final String COMPLETED = "credittown_cases_completed_total";
    private static final String ROWS = "credittown_imports_double_publicity_rows_total";
    private static final Map<String, String> HUMEN_COMMITMENTS = Map.of("tenant", "humen", "process", "credit-commitment");

    @Autowired
    TestRestTemplate http;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    PlatformCensus census;
    @Autowired
    DueTaskProjection dueTasks;
    @Autowired
    PlatformClock clock;

    private final ObjectMapper json = new ObjectMapper();
    private RealKeycloak keycloak;

    @BeforeEach
    void tokens() {
        keycloak = new RealKeycloak(settings);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyTheCityOfficeMayScrape() {
        assertThat(scrapeAs(null).getStatusCode().value()).isEqualTo(401);
        assertThat(scrapeAs("not-a-token").getStatusCode().value()).isEqualTo(401);
        assertThat(scrapeAs(keycloak.tokenOf("humen.merchant")).getStatusCode().value()).isEqualTo(403);
        assertThat(scrapeAs(keycloak.tokenOf("humen.admin")).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> city = scrapeAs(keycloak.tokenOf("city.office"));
        assertThat(city.getStatusCode().value()).isEqualTo(200);
        assertThat(city.getHeaders().getContentType().toString()).startsWith("text/plain");
        assertThat(city.getBody()).contains("jvm_memory_used_bytes", "application=\"credittown\"");
    }

    @Test
    void aCaseStartedAndCompletedCountsOnceEachForItsTenantAndProcess() throws Exception {
        String officer = keycloak.tokenOf("humen.officer");
        PrometheusScrape before = scrape();

        String caseId = startCommitment(officer);
        PrometheusScrape started = scrape();
        complete(officer, caseId, Map.of("signatory", "王五", "signedOn", LocalDate.now(PlatformClock.CITY_ZONE).toString()));
        complete(officer, caseId, Map.of("outcome", "honoured", "findings", "已按承诺经营，核查无异常。"));
        PrometheusScrape after = scrape();

        assertThat(started.value(STARTED, HUMEN_COMMITMENTS) - before.value(STARTED, HUMEN_COMMITMENTS)).isEqualTo(1);
        assertThat(started.value(COMPLETED, HUMEN_COMMITMENTS) - before.value(COMPLETED, HUMEN_COMMITMENTS)).isZero();
        assertThat(after.value(COMPLETED, HUMEN_COMMITMENTS) - before.value(COMPLETED, HUMEN_COMMITMENTS)).isEqualTo(1);
        assertThat(after.value(STARTED, HUMEN_COMMITMENTS) - before.value(STARTED, HUMEN_COMMITMENTS)).isEqualTo(1);
        // another town's series did not move
        Map<String, String> changan = Map.of("tenant", "changan", "process", "credit-commitment");
        assertThat(after.value(STARTED, changan)).isEqualTo(before.value(STARTED, changan));
        assertThat(json.readTree(get("/api/tenants/humen/cases/" + caseId, officer).getBody()).hasNonNull("endedAt"))
                .as("the case really ended").isTrue();
    }

    @Test
    void importedRowsCountByOutcome() throws Exception {
        String officer = keycloak.tokenOf("humen.officer");
        String code = CODES.next("441900").value();
        String day = LocalDate.now(PlatformClock.CITY_ZONE).minusDays(10).toString();
        String number = UUID.randomUUID().toString().substring(0, 8);
        String csv = "kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,title\n"
                + "许可,东市监许〔2026〕" + number + "-1号," + code + ",东莞市指标测试商行,东莞市市场监督管理局," + day + "," + day + ",食品经营许可\n"
                + "许可,东市监许〔2026〕" + number + "-2号," + code + ",东莞市指标测试商行,东莞市市场监督管理局," + day + "," + day + ",酒类经营许可\n"
                + "许可,东市监许〔2026〕" + number + "-3号,91441900NOTACODE00,东莞市无效代码商行,东莞市市场监督管理局," + day + "," + day + ",食品经营许可\n";
        Map<String, String> imported = Map.of("tenant", "humen", "outcome", "imported");
        Map<String, String> unchanged = Map.of("tenant", "humen", "outcome", "unchanged");
        Map<String, String> rejected = Map.of("tenant", "humen", "outcome", "rejected");
        PrometheusScrape before = scrape();

        importFile(officer, csv);
        PrometheusScrape once = scrape();
        importFile(officer, csv); // again: the two rows are unchanged, the bad one rejected again
        PrometheusScrape twice = scrape();

        assertThat(once.value(ROWS, imported) - before.value(ROWS, imported)).isEqualTo(2);
        assertThat(once.value(ROWS, rejected) - before.value(ROWS, rejected)).isEqualTo(1);
        assertThat(once.value(ROWS, unchanged) - before.value(ROWS, unchanged)).isZero();
        assertThat(twice.value(ROWS, imported) - once.value(ROWS, imported)).isZero();
        assertThat(twice.value(ROWS, unchanged) - once.value(ROWS, unchanged)).isEqualTo(2);
        assertThat(twice.value(ROWS, rejected) - once.value(ROWS, rejected)).isEqualTo(1);
    }

    @Test
    void overdueTasksPerTenantAreWhatTheHeatMapCountsAndTheOutboxBacklogIsThere() throws Exception {
        String officer = keycloak.tokenOf("humen.officer");
        String caseId = startCommitment(officer);
        complete(officer, caseId, Map.of("signatory", "赵六", "signedOn", LocalDate.now(PlatformClock.CITY_ZONE).toString()));
        // the verification is due in 20 working days: 60 days on, it is overdue. The census and the heat map count at
        // that moment; the scrape happens back in the present (the token would have expired on the moved clock). A
        // scheduled census in between would count the present again: the attempt is then repeated.
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            long heatMap;
            try {
                clock.moveTo(Instant.now().plus(Duration.ofDays(60)));
                census.count();
                heatMap = TenantContext.callAs(new TenantId("humen"), () -> dueTasks.overdueTasks(clock.instant())).size();
            } finally {
                clock.reset();
            }
            PrometheusScrape scrape = scrape();
            assertThat(scrape.value("credittown_tasks_overdue", Map.of("tenant", "humen"))).isEqualTo(heatMap)
                    .isGreaterThanOrEqualTo(1);
            assertThat(scrape.has("credittown_search_outbox_backlog", Map.of("application", "credittown"))).isTrue();
        });
    }

    private PrometheusScrape scrape() {
        ResponseEntity<String> response = scrapeAs(keycloak.tokenOf("city.office"));
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return new PrometheusScrape(response.getBody());
    }

    private ResponseEntity<String> scrapeAs(String token) {
        return get("/actuator/prometheus", token);
    }

    private String startCommitment(String officer) throws Exception {
        Map<String, Object> body = Map.of("processKey", "credit-commitment", "data", Map.of(
                "subjectCode", CODES.next("441900").value(), "subjectName", "东莞市虎门镇指标测试商行",
                "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。"));
        ResponseEntity<String> started = post("/api/tenants/humen/cases", officer, json.writeValueAsString(body));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
        return json.readTree(started.getBody()).path("caseId").asText();
    }

    private void complete(String officer, String caseId, Map<String, Object> data) throws Exception {
        String taskId = null;
        for (JsonNode task : json.readTree(get("/api/tenants/humen/tasks?size=200", officer).getBody())) {
            if (task.path("caseId").asText().equals(caseId)) {
                taskId = task.path("id").asText();
            }
        }
        assertThat(taskId).as("an open task of case " + caseId).isNotNull();
        ResponseEntity<String> done = post("/api/tenants/humen/tasks/" + taskId + "/complete", officer,
                json.writeValueAsString(Map.of("data", data)));
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
    }

    private void importFile(String officer, String csv) throws Exception {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "metrics.csv";
            }
        });
        HttpHeaders headers = headers(officer);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> accepted = http.exchange("/api/tenants/humen/imports/double-publicity", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(accepted.getStatusCode().value()).as(accepted.getBody()).isEqualTo(202);
        long id = json.readTree(accepted.getBody()).path("id").asLong();
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(300)).until(() ->
                !"RUNNING".equals(json.readTree(get("/api/tenants/humen/imports/" + id, officer).getBody())
                        .path("state").asText()));
        assertThat(json.readTree(get("/api/tenants/humen/imports/" + id, officer).getBody()).path("state").asText())
                .isEqualTo("DONE");
    }

    private ResponseEntity<String> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
    }

    private ResponseEntity<String> post(String path, String token, String body) {
        HttpHeaders headers = headers(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return headers;
    }
}
