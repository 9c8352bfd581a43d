package com.credittown.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes on one PostgreSQL database (two lock instances with their own node names, as two application
 * processes have) fire the same job at the same moment, round after round: the job runs once per round.
 * The multi-process version with two real application nodes is {@code TwoNodesReliabilityIT} (profile
 * {@code reliability}).
 */
@SpringBootTest
class ClusterLockIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private ClusterLock node(String name) {
        return new ClusterLock(jdbc, transactions, new ClusterSettings(name, Duration.ofDays(7)));
    }

    @Test
    void twoNodesFiringTogetherRunTheJobOncePerRound() throws Exception {
        String job = "probe-" + UUID.randomUUID();
        ClusterLock a = node("node-a");
        ClusterLock b = node("node-b");
        ConcurrentLinkedQueue<String> ran = new ConcurrentLinkedQueue<>();
        int rounds = 20;
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                // at least 0: each round's lock ends with its run, as a cron job's next firing would find it
                List<Future<Boolean>> fired = new ArrayList<>();
                for (ClusterLock node : List.of(a, b)) {
                    fired.add(two.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return node.runExclusively(job, Duration.ofMinutes(1), Duration.ZERO,
                                () -> ran.add(node.node()));
                    }));
                }
                int winners = 0;
                for (Future<Boolean> f : fired) {
                    winners += f.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            two.shutdownNow();
        }
        assertThat(ran).hasSize(rounds);
        assertThat(jdbc.queryForObject("select count(*) from job_run where job = ?", Integer.class, job))
                .isEqualTo(rounds);
    }

    @Test
    void aNodeFiringShortlyAfterTheWinnerFinishedDoesNotRunTheJobAgain() {
        String job = "probe-" + UUID.randomUUID();
        List<String> ran = new ArrayList<>();
        assertThat(node("node-a").runExclusively(job, Duration.ofMinutes(10), Duration.ofMinutes(1),
                () -> ran.add("a"))).isTrue();
        // node b's cron fires a second later (clock skew): the run is done, but the lock holds for a minute
        assertThat(node("node-b").runExclusively(job, Duration.ofMinutes(10), Duration.ofMinutes(1),
                () -> ran.add("b"))).isFalse();
        assertThat(ran).containsExactly("a");
    }

    @Test
    void aLockOfANodeThatDiedIsTakenOverAfterItsLongestTime() {
        String job = "probe-" + UUID.randomUUID();
        Instant past = Instant.now().minus(Duration.ofMinutes(5));
        // node a took the job and was killed: its lock ended at its at-most time, a minute ago
        jdbc.update("insert into job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)", job,
                Timestamp.from(past.plus(Duration.ofMinutes(4))), Timestamp.from(past), "node-a");
        List<String> ran = new ArrayList<>();
        assertThat(node("node-b").runExclusively(job, Duration.ofMinutes(10), Duration.ZERO,
                () -> ran.add("b"))).isTrue();
        assertThat(ran).containsExactly("b");

        jdbc.update("update job_lock set locked_until = ?, locked_by = 'node-a' where name = ?",
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(4))), job);
        assertThat(node("node-b").runExclusively(job, Duration.ofMinutes(10), Duration.ZERO,
                () -> ran.add("b again"))).as("held by a live node").isFalse();
    }
}
