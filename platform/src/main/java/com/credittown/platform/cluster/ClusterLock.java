package com.credittown.platform.cluster;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job on one node of the cluster at a time, through a row per job in {@code job_lock} (works on
 * PostgreSQL and H2 alike). A node takes the job by moving {@code locked_until} forward from the past in one
 * conditional update, so of two nodes firing together exactly one wins. The lock is held at most
 * {@code atMostFor} (a node that dies mid-run frees it then) and at least {@code atLeastFor} from the start, so a
 * second node whose cron fires a little later (clock skew, a busy scheduler) does not run the job again.
 * Every run is recorded in {@code job_run} with its node.
 */
@Component
@EnableConfigurationProperties(ClusterSettings.class)
public class ClusterLock {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final ClusterSettings settings;
    private final String node;

    ClusterLock(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterSettings settings) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
        this.node = settings.node();
    }

    /** This node's name, as recorded in locks and runs. */
    public String node() {
        return node;
    }

    /**
     * The scheduler's entry, the one door of every scheduled job to the lock: runs the job's work here unless another
     * node holds its lock; returns whether it ran. The work's own failure propagates after the lock is released.
     */
    public boolean onOneNode(OneNodeJob job, Runnable work) {
        return runExclusively(job.lock(), job.atMostFor(), job.atLeastFor(), work);
    }

    /** {@link #onOneNode} by the job's parts (the two-node test fires made-up jobs through it). */
    boolean runExclusively(String job, Duration atMostFor, Duration atLeastFor, Runnable work) {
        Instant lockedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (!acquire(job, lockedAt, lockedAt.plus(atMostFor))) {
            log.debug("Job {} runs on another node", job);
            return false;
        }
        try {
            separately.executeWithoutResult(status -> {
                jdbc.update("insert into job_run (job, node, started_at) values (?, ?, ?)", job, node,
                        Timestamp.from(lockedAt));
                jdbc.update("delete from job_run where job = ? and started_at < ?", job,
                        Timestamp.from(lockedAt.minus(settings.runRetention())));
            });
            work.run();
            return true;
        } finally {
            release(job, lockedAt, atLeastFor);
        }
    }

    private boolean acquire(String job, Instant now, Instant until) {
        Integer taken = separately.execute(status -> jdbc.update("update job_lock set locked_until = ?,"
                        + " locked_at = ?, locked_by = ? where name = ? and locked_until <= ?",
                Timestamp.from(until), Timestamp.from(now), node, job, Timestamp.from(now)));
        if (taken != null && taken == 1) {
            return true;
        }
        try {
            // the job's first run anywhere: its row does not exist yet (the primary key lets one node insert it)
            separately.executeWithoutResult(status -> jdbc.update("insert into job_lock (name, locked_until,"
                    + " locked_at, locked_by) values (?, ?, ?, ?)", job, Timestamp.from(until),
                    Timestamp.from(now), node));
            return true;
        } catch (DataIntegrityViolationException held) {
            return false;
        }
    }

    private void release(String job, Instant lockedAt, Duration atLeastFor) {
        Instant earliest = lockedAt.plus(atLeastFor);
        // millisecond precision, as the acquiring side compares: a micro-second release time would hold the lock
        // against a node firing within the same millisecond (seen as a round nobody ran)
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant until = now.isAfter(earliest) ? now : earliest;
        try {
            separately.executeWithoutResult(status -> jdbc.update("update job_lock set locked_until = ?"
                            + " where name = ? and locked_by = ? and locked_at = ?",
                    Timestamp.from(until), job, node, Timestamp.from(lockedAt)));
        } catch (RuntimeException e) {
            // the lock then ends at its at-most time by itself
            log.warn("Lock of job {} not released: {}", job, e.toString());
        }
    }
}
