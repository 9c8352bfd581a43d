package com.credittown.platform.notification.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the live bell costs (issue #16: every open page asks for its unread count every
 * {@code credittown.notification.bell-refresh}, 20 s by default). For an officer whose candidate group has 1,000, then
 * 10,000, then 100,000 notifications of history (all read but the newest 20, as an office's group inbox ages), it
 * times the bell's own count ({@link NotificationInbox#unread}, a read-only transaction through the application's
 * pool) beside the database's own floor in the same run: {@code select 1} through the same pool. From the mean, it
 * derives how many open pages one core of database time carries at the 20 s poll. Seeded with SQL (rows as the
 * application writes them) so that a run takes a minute; the rows are deleted afterwards.
 * Run with {@code scripts/bench.sh bell}; never part of the test suite.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "test", matches = ".*NotificationBellBenchmark.*")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/${bench.db:credittown_bench}",
        "logging.level.root=WARN"})
class NotificationBellBenchmark {

    private static final int[] HISTORIES = {1_000, 10_000, 100_000};
    private static final int UNREAD = 20;
    private static final int CALLS = Integer.getInteger("bench.calls", 2_000);
    private static final double POLL_SECONDS = 20;

    @Autowired
    NotificationInbox inbox;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBellsCountAgainstTheDatabaseFloor() throws Exception {
        TenantFixtures.register(directory);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String group = "bench-group-" + run;
        CurrentUser officer = new CurrentUser("bench-officer-" + run, Optional.of(TenantFixtures.HUMEN),
                Set.of(group), Optional.empty(), Optional.empty());
        List<String> lines = new ArrayList<>();
        lines.add("| read history of the group | unread | bell count p50 / p95 / p99 (ms) | `select 1` p50 (ms) "
                + "| count ÷ floor (p50) | open pages one thread of count time carries at a 20 s poll (20 s ÷ mean) |");
        lines.add("| ---: | ---: | --- | ---: | ---: | ---: |");
        try {
            int seeded = 0;
            for (int history : HISTORIES) {
                seed(group, run, seeded, history - seeded);
                seeded = history;
                assertThat(TenantContext.callAs(TenantFixtures.HUMEN, () -> inbox.unread(officer)))
                        .as("the bell counts exactly the unread rows").isEqualTo(UNREAD);
                double[] count = time(() -> TenantContext.callAs(TenantFixtures.HUMEN, () -> inbox.unread(officer)));
                double[] floor = time(() -> jdbc.queryForObject("select 1", Integer.class));
                double meanMs = Arrays.stream(count).average().orElseThrow();
                lines.add(String.format(Locale.ROOT, "| %,d | %d | %.2f / %.2f / %.2f | %.2f | %.1f | %,.0f |",
                        history, UNREAD, pct(count, 50), pct(count, 95), pct(count, 99), pct(floor, 50),
                        pct(count, 50) / pct(floor, 50), POLL_SECONDS * 1000 / meanMs));
                System.out.println("BENCH bell " + lines.get(lines.size() - 1));
            }
        } finally {
            jdbc.update("delete from notification where recipient = ?", group);
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%,d calls per cell after 200 warm-up calls, one thread; the unread count "
                + "is the bell's (`NotificationInbox.unread`: a read-only transaction, tenant filter, the user's name "
                + "and groups); the floor is `select 1` through the same pool.", CALLS));
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-bell.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join(System.lineSeparator(), lines) + System.lineSeparator());
    }

    /** One clock for every size, so each size's rows are newer than the last's (not {@code now()} per statement). */
    private final java.sql.Timestamp base = java.sql.Timestamp.from(java.time.Instant.now());

    /** {@code rows} notifications to the group, all read except the newest {@value #UNREAD} of the whole history. */
    private void seed(String group, String run, int from, int rows) {
        jdbc.update("update notification set read_at = created_at where recipient = ? and read_at is null", group);
        jdbc.update("""
                insert into notification (tenant_id, recipient, group_recipient, kind, task_id, case_id, title,
                  created_at, read_at, email_state, email_attempts)
                select 'humen', ?, true, 'ASSIGNED', ? || '-' || g, null, '待办提醒 ' || g,
                  cast(? as timestamptz) - (interval '1 second' * (? - g)), null, 'NOT_MAILED', 0
                from generate_series(?, ? - 1) g""", group, run, base, HISTORIES[HISTORIES.length - 1], from,
                from + rows);
        jdbc.update("""
                update notification set read_at = created_at where recipient = ? and id not in
                  (select id from notification where recipient = ? order by created_at desc limit ?)""",
                group, group, UNREAD);
        jdbc.execute("analyze notification");
    }

    private static double[] time(Runnable call) {
        for (int i = 0; i < 200; i++) {
            call.run();
        }
        double[] ms = new double[CALLS];
        for (int i = 0; i < CALLS; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
