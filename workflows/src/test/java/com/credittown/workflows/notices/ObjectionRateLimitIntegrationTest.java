package com.credittown.workflows.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ClientAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The objection allowance shared through PostgreSQL: two limiters, each with its own connection as two application
 * nodes would have, draw from one allowance per client, also when they race; past hours are forgotten.
 */
@SpringBootTest
class ObjectionRateLimitIntegrationTest {

    private static final int PER_HOUR = 5;

    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Autowired
    PlatformClock clock;
    @Autowired
    ClientAddresses clients;
    @Autowired
    ObjectionRateLimit applicationLimit;
    @Autowired
    JdbcTemplate jdbc;

    private SingleConnectionDataSource nodeA;
    private SingleConnectionDataSource nodeB;
    private ObjectionRateLimit limitA;
    private ObjectionRateLimit limitB;
    private final String client = "198.51." + new Random().nextInt(250) + "." + new Random().nextInt(250);

    @BeforeEach
    void twoNodes() {
        nodeA = new SingleConnectionDataSource(url, user, "", true);
        nodeB = new SingleConnectionDataSource(url, user, "", true);
        limitA = new ObjectionRateLimit(PER_HOUR, clock, new JdbcTemplate(nodeA), clients);
        limitB = new ObjectionRateLimit(PER_HOUR, clock, new JdbcTemplate(nodeB), clients);
        jdbc.update("delete from objection_allowance where client like '198.51.%'");
    }

    @AfterEach
    void closeNodes() {
        clock.reset();
        nodeA.destroy();
        nodeB.destroy();
    }

    @Test
    void twoNodesShareOneAllowancePerClient() {
        for (int i = 0; i < 3; i++) {
            assertThat(limitA.tryAcquire(client)).isTrue();
        }
        assertThat(limitB.tryAcquire(client)).isTrue();
        assertThat(limitB.tryAcquire(client)).isTrue();

        assertThat(limitA.tryAcquire(client)).isFalse();
        assertThat(limitB.tryAcquire(client)).isFalse();
        // another client has its own allowance, on either node
        assertThat(limitB.tryAcquire(client + "1")).isTrue();
    }

    @Test
    void racingNodesGrantExactlyTheAllowance() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> granted = new ArrayList<>();
            for (ObjectionRateLimit node : List.of(limitA, limitB)) {
                Callable<Integer> attempts = () -> {
                    start.await();
                    int count = 0;
                    for (int i = 0; i < 10; i++) {
                        count += node.tryAcquire(client) ? 1 : 0;
                    }
                    return count;
                };
                granted.add(threads.submit(attempts));
            }
            start.countDown();
            int total = granted.get(0).get(30, TimeUnit.SECONDS) + granted.get(1).get(30, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(PER_HOUR);
            assertThat(jdbc.queryForObject("select filed from objection_allowance where client = ?", Integer.class,
                    client)).isEqualTo(PER_HOUR);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theNextHourBringsAFreshAllowanceAndPastHoursAreDeleted() {
        for (int i = 0; i < PER_HOUR; i++) {
            limitA.tryAcquire(client);
        }
        assertThat(limitB.tryAcquire(client)).isFalse();

        clock.moveTo(clock.instant().plus(Duration.ofHours(1)));
        assertThat(limitB.tryAcquire(client)).isTrue();

        assertThat(limitA.forgetPastHours()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from objection_allowance where client = ?", Integer.class,
                client)).isEqualTo(1);
    }

    @Test
    void aSpoofedForwardedForDoesNotOpenAFreshAllowance() {
        // no proxy is trusted in this configuration: the header of a direct client counts for nothing
        for (int i = 0; i < applicationLimit.perHour(); i++) {
            assertThat(applicationLimit.tryAcquire(request(client, "203.0.113." + i))).isTrue();
        }
        assertThat(applicationLimit.tryAcquire(request(client, "203.0.113.99"))).isFalse();
    }

    private static MockHttpServletRequest request(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        request.addHeader("X-Forwarded-For", forwardedFor);
        return request;
    }
}
