package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL goes away while clients register subjects, and comes back (issue #14, item 3). The server is killed
 * (immediate shutdown, as a crash or an operator's restart), stays down for a few seconds, and is started again:
 * every registration acknowledged with 201 is in the database exactly once, every request during the outage is
 * answered 503 problem+json with Retry-After (never a 500 or a hung request), and the application recovers by
 * itself, without a restart. Runs against a PostgreSQL cluster of its own ({@link PrivatePostgres}), so the
 * machine's server and the other tests are never touched.
 */
@SpringBootTest(properties = {
        // fail fast while the server is down: the pool's wait is the time a request may hang
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=4",
        "credittown.search.index-prefix=credittown-platform-test-restart"})
@AutoConfigureMockMvc
class DatabaseRestartIntegrationTest {

    private static final int PORT = 55439;
    private static final Duration DOWN_FOR = Duration.ofSeconds(6);
    private static PrivatePostgres postgres;

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownPostgres(DynamicPropertyRegistry properties) throws Exception {
        postgres = PrivatePostgres.create(PORT);
        postgres.start();
        properties.add("spring.datasource.url", postgres::jdbcUrl);
    }

    @AfterAll
    static void removePostgres() {
        if (postgres != null) {
            postgres.destroy();
        }
    }

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @Test
    void aRestartLosesNoAcknowledgedRegistrationAndAnswers503WhileDown() throws Exception {
        UsccGenerator codes = new UsccGenerator(new Random());
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Instant> acknowledgedAt = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> unavailableAnswers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> wrongAnswers = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> workers = new ArrayList<>();
        for (int client = 0; client < 2; client++) {
            workers.add(clients.submit(() -> {
                while (running.get()) {
                    String code = codes.next("441900").value();
                    try {
                        MockHttpServletResponse answer = mvc.perform(post("/api/tenants/humen/subjects")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门重启测试有限公司"}"""
                                        .formatted(code))).andReturn().getResponse();
                        if (answer.getStatus() == 201) {
                            acknowledged.put(code, Long.parseLong(answer.getContentAsString()
                                    .replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1")));
                            acknowledgedAt.add(Instant.now());
                        } else if (answer.getStatus() == 503
                                && String.valueOf(answer.getContentType()).startsWith("application/problem+json")
                                && answer.getHeader("Retry-After") != null) {
                            unavailableAnswers.add(code);
                        } else {
                            wrongAnswers.add(answer.getStatus() + " " + answer.getContentType() + " "
                                    + answer.getContentAsString());
                        }
                    } catch (Exception e) {
                        wrongAnswers.add("exception " + e);
                    }
                }
                return null;
            }));
        }
        try {
            awaitAcknowledged(acknowledged, 5, Duration.ofSeconds(60));
            int beforeCrash = acknowledged.size();

            postgres.kill();
            Instant killed = Instant.now();
            Thread.sleep(DOWN_FOR.toMillis());
            // a read during the outage: the same clear answer
            MockHttpServletResponse read = mvc.perform(get("/api/tenants/humen/subjects/"
                    + acknowledged.values().iterator().next())).andReturn().getResponse();
            assertThat(read.getStatus()).as("a read while the database is down").isEqualTo(503);
            assertThat(read.getContentType()).startsWith("application/problem+json");
            assertThat(read.getContentAsString()).contains("Database unavailable");

            postgres.start();
            Instant restarted = Instant.now();
            awaitAcknowledged(acknowledged, acknowledged.size() + 5, Duration.ofSeconds(120));
            Instant recovered = acknowledgedAt.stream().filter(at -> at.isAfter(restarted)).min(Instant::compareTo)
                    .orElseThrow();
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            System.out.printf("[database restart] acknowledged %d (%d before the crash), answered 503 %d, "
                            + "wrong answers %d, down %d ms, first acknowledged step %d ms after the restart%n",
                    acknowledged.size(), beforeCrash, unavailableAnswers.size(), wrongAnswers.size(),
                    Duration.between(killed, restarted).toMillis(), Duration.between(restarted, recovered).toMillis());

            assertThat(wrongAnswers).as("answers other than 201 or 503 problem+json with Retry-After").isEmpty();
            assertThat(unavailableAnswers).as("clients were told the database was unavailable").isNotEmpty();
            for (Map.Entry<String, Long> registration : acknowledged.entrySet()) {
                assertThat(jdbc.queryForObject("select count(*) from credit_subject where code = ?", Integer.class,
                        registration.getKey())).as("acknowledged registration %s", registration.getKey()).isOne();
            }
            for (String refused : unavailableAnswers) {
                assertThat(jdbc.queryForObject("select count(*) from credit_subject where code = ?", Integer.class,
                        refused)).as("a registration answered 503 (committed or not: an answer lost with the "
                                + "connection is why clients send an Idempotency-Key) is never there twice")
                        .isLessThanOrEqualTo(1);
            }
            assertThat(mvc.perform(get("/api/tenants/humen/subjects/" + acknowledged.values().iterator().next()))
                    .andReturn().getResponse().getStatus()).isEqualTo(200);
        } finally {
            running.set(false);
            clients.shutdownNow();
        }
    }

    private static void awaitAcknowledged(Map<String, Long> acknowledged, int atLeast, Duration atMost)
            throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (acknowledged.size() < atLeast) {
            assertThat(Instant.now()).as("%d registrations acknowledged in time", atLeast).isBefore(until);
            Thread.sleep(100);
        }
    }
}
