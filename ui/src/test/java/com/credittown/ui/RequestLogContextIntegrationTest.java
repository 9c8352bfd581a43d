package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.credittown.platform.identity.KeycloakSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The JSON log lines of a request ({@code CT_LOG_FORMAT=ecs}: Spring Boot's structured console format, Elastic Common
 * Schema) carry the request's tenant, user and request id. The lines are written by the encoder Boot configures for
 * that setting, attached for the test beside the console (the console of a shared test JVM stays in text); what the
 * request logs is the dispatcher's own debug lines. (Same annotations as {@link MetricsIntegrationTest}: one context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@AutoConfigureObservability(tracing = false)
class RequestLogContextIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    KeycloakSettings settings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyLineOfARequestCarriesItsTenantUserAndRequestId() throws Exception {
        String token = new RealKeycloak(settings).tokenOf("humen.officer");
        String requestId = "metrics-test-" + UUID.randomUUID();

        List<JsonNode> lines = jsonLinesWhile(() -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(token);
            headers.set("X-Request-Id", requestId);
            ResponseEntity<String> response = http.exchange("/api/tenants/humen/tasks?size=1", HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo(requestId);
        });

        List<JsonNode> ofRequest = lines.stream()
                .filter(line -> requestId.equals(line.path("http").path("request").path("id").asText())).toList();
        assertThat(ofRequest).as("JSON lines logged while serving the request").isNotEmpty();
        assertThat(ofRequest).allSatisfy(line -> {
            assertThat(line.path("tenant").asText()).isEqualTo("humen");
            assertThat(line.path("user").path("name").asText()).isEqualTo("humen.officer");
            assertThat(line.path("@timestamp").asText()).isNotEmpty();
            assertThat(line.path("log").path("level").asText()).isEqualTo("DEBUG");
            assertThat(line.path("message").asText()).isNotEmpty();
        });
    }

    @Test
    void aRequestWithoutAUsableIdGetsAFreshOneAndAnAnonymousOneNoUser() throws Exception {
        List<JsonNode> lines = jsonLinesWhile(() -> {
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-Request-Id", "<script>alert(1)</script>");
            ResponseEntity<String> response = http.exchange("/api/public/tenants/changan/districts", HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getHeaders().getFirst("X-Request-Id")).matches("[0-9a-f-]{36}");
        });

        List<JsonNode> ofRequest = lines.stream()
                .filter(line -> line.path("message").asText().contains("/api/public/tenants/changan/districts")).toList();
        assertThat(ofRequest).isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("http").path("request").path("id").asText()).matches("[0-9a-f-]{36}");
            assertThat(line.path("tenant").asText()).isEqualTo("changan");
            assertThat(line.has("user")).as("no user on an anonymous request").isFalse();
        });
    }

    /** The JSON lines Boot's ECS encoder writes for the dispatcher's debug log while the action runs. */
    private List<JsonNode> jsonLinesWhile(Runnable action) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("request-log-context-test");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger dispatcher = context.getLogger("org.springframework.web.servlet.DispatcherServlet");
        Level level = dispatcher.getLevel();
        boolean additive = dispatcher.isAdditive();
        dispatcher.setLevel(Level.DEBUG);
        dispatcher.setAdditive(false); // the debug lines go to this test's appender only, not the console
        dispatcher.addAppender(appender);
        try {
            action.run();
        } finally {
            dispatcher.detachAppender(appender);
            dispatcher.setLevel(level);
            dispatcher.setAdditive(additive);
            appender.stop();
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }
}
