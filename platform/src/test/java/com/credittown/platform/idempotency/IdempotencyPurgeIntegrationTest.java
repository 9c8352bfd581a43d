package com.credittown.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.cluster.ClusterLock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hourly purge of stored answers runs on one node through the cluster lock {@code idempotency-purge}: while
 * another node holds it nothing is purged here; once free, answers older than the retention (a day) are forgotten,
 * newer ones kept, the run is recorded with this node, and the lock stays taken a minute from the start so a node
 * firing a little later does not purge again.
 */
@SpringBootTest
class IdempotencyPurgeIntegrationTest {

    private static final String LOCK = "idempotency-purge";

    @Autowired
    IdempotencyPurge purge;
    @Autowired
    ClusterLock locks;
    @Autowired
    JdbcTemplate jdbc;

    private final String owner = "purge-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void storedAnswersOlderThanTheRetentionAreForgottenOnOneNode() {
        Instant now = Instant.now();
        store("old", now.minus(Duration.ofDays(2)));
        store("recent", now.minus(Duration.ofHours(1)));

        heldBy("another-node", now.plus(Duration.ofMinutes(10)));
        purge.hourly();
        assertThat(keys()).as("another node holds the purge").containsExactlyInAnyOrder("old", "recent");

        heldBy("another-node", now.minusSeconds(1));
        purge.hourly();
        assertThat(keys()).containsExactly("recent");
        assertThat(jdbc.queryForObject("select count(*) from job_run where job = ? and node = ? and started_at >= ?",
                Integer.class, LOCK, locks.node(), Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_by from job_lock where name = ?", String.class, LOCK))
                .isEqualTo(locks.node());
        Timestamp[] held = jdbc.queryForObject("select locked_at, locked_until from job_lock where name = ?",
                (rs, row) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)}, LOCK);
        assertThat(Duration.between(held[0].toInstant(), held[1].toInstant())).as("held at least a minute")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }

    private void store(String key, Instant createdAt) {
        jdbc.update("insert into idempotent_request (owner, idem_key, request_hash, created_at, status)"
                + " values (?, ?, ?, ?, 201)", owner, key, "0".repeat(64), Timestamp.from(createdAt));
    }

    private List<String> keys() {
        return jdbc.queryForList("select idem_key from idempotent_request where owner = ?", String.class, owner);
    }

    private void heldBy(String node, Instant until) {
        jdbc.update("delete from job_lock where name = ?", LOCK);
        jdbc.update("insert into job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)", LOCK,
                Timestamp.from(until), Timestamp.from(Instant.now()), node);
    }
}
