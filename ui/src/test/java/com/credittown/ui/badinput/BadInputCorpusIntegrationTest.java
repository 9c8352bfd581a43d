package com.credittown.ui.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.cases.CaseService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The bad-input corpus ({@link BadInputCorpus}) against the assembled application on its real port, with real
 * Keycloak tokens: every entry must be answered 4xx (never 5xx) in {@code application/problem+json}, with a detail
 * naming the field, position or rule, without echoing internals, and without changing the tables a write would
 * touch. One dynamic test per entry; the run ends with a summary line (inputs, 4xx, 5xx).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    KeycloakSettings settings;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> fixture = new LinkedHashMap<>();
    private final AtomicInteger inputs = new AtomicInteger();
    private final AtomicInteger clientErrors = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger other = new AtomicInteger();
    private KeycloakTokens tokens;

    @BeforeAll
    void createFixture() throws Exception {
        tokens = new KeycloakTokens(settings);
        String code = new UsccGenerator(new Random()).next("441900").value();
        String caseId = TenantContext.callAs(new TenantId("humen"), () -> cases.start("credit-commitment",
                "humen.officer", Map.of("subjectCode", code, "subjectName", "东莞市虎门镇坏输入夹具商行",
                        "commitmentType", "voluntary", "commitmentText", "承诺守法诚信经营。")));
        fixture.put("{case}", caseId);
        RawHttp.Response subject = send(BadInput.post("fixture", "subject", BadInputCorpus.SUBJECTS)
                .as(BadInputCorpus.OFFICER).json(BadInputCorpus.subjectBody(
                        new UsccGenerator(new Random()).next("441900").value(), "东莞市虎门镇坏输入档案商行")));
        assertThat(subject.status()).as(subject.text()).isEqualTo(201);
        String subjectId = json.readTree(subject.body()).path("id").asText();
        fixture.put("{subject}", subjectId);
        RawHttp.Response record = send(BadInput.post("fixture", "record", BadInputCorpus.RECORDS
                        .replace("{subject}", subjectId)).as(BadInputCorpus.OFFICER)
                .json(BadInputCorpus.recordBody("\"2025-03-03\"")));
        assertThat(record.status()).as(record.text()).isEqualTo(201);
        fixture.put("{record}", json.readTree(record.body()).path("id").asText());
    }

    @TestFactory
    Stream<DynamicTest> badInputs() {
        List<BadInput> corpus = BadInputCorpus.all();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        return corpus.stream().map(input -> DynamicTest.dynamicTest(input.displayName(), () -> check(input)));
    }

    private void check(BadInput input) throws Exception {
        Map<String, Long> before = counts(input);
        RawHttp.Response response = send(input);
        inputs.incrementAndGet();
        if (response.status() >= 500) {
            serverErrors.incrementAndGet();
        } else if (response.status() >= 400) {
            clientErrors.incrementAndGet();
        } else {
            other.incrementAndGet();
        }
        String shown = input.displayName() + " -> " + response.status() + " " + response.header("Content-Type") + " " + abbreviate(response.text());
        assertThat(response.status()).as(shown).isBetween(400, 499);
        if (input.status != 0) {
            assertThat(response.status()).as(shown).isEqualTo(input.status);
        }
        assertThat(response.header("Content-Type")).as(shown).startsWith("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(shown).isEqualTo(response.status());
        assertThat(problem.path("title").asText()).as(shown).isNotBlank();
        String detail = problem.path("detail").asText();
        assertThat(detail).as(shown).isNotBlank().hasSizeLessThan(2_000);
        String said = (detail + " " + problem.path("errors")).toLowerCase(Locale.ROOT);
        for (String word : input.mentions) {
            if (!said.contains(word.toLowerCase(Locale.ROOT))) {
                fail("The answer does not mention '" + word + "': " + shown);
            }
        }
        assertThat(response.text()).as(shown).doesNotContain("Exception", "at com.", "at org.", "<html", "<HTML");
        assertThat(counts(input)).as("rows of %s after %s", input.counted, shown).isEqualTo(before);
    }

    @AfterAll
    void summary() {
        System.out.printf("Bad-input corpus: %d inputs, %d answered 4xx, %d answered 5xx, %d other%n",
                inputs.get(), clientErrors.get(), serverErrors.get(), other.get());
    }

    private Map<String, Long> counts(BadInput input) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : input.counted) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private RawHttp.Response send(BadInput input) throws Exception {
        if (input.rawHead != null) {
            return RawHttp.exchange(port, input.rawHead, null);
        }
        String target = input.target;
        for (Map.Entry<String, String> placeholder : fixture.entrySet()) {
            target = target.replace(placeholder.getKey(), placeholder.getValue());
        }
        byte[] body = input.body.get();
        StringBuilder head = new StringBuilder(input.method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Accept: application/json, application/problem+json\r\n")
                .append("Connection: close\r\n");
        if (input.user != null) {
            head.append("Authorization: Bearer ").append(tokens.of(input.user)).append("\r\n");
        }
        if (input.contentType != null) {
            head.append("Content-Type: ").append(input.contentType).append("\r\n");
        }
        if (!input.method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        input.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return RawHttp.exchange(port, head.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    private static String abbreviate(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
