package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.uscc.UsccGenerator;
import java.sql.Timestamp;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import analyses the tables it grows once they changed more than autovacuum's threshold, as autovacuum would: on a
 * server with autovacuum off (this project's PostgreSQL) the planner otherwise never has statistics for them and
 * answers a chunk's look-ups with scans of whole tables. The file is sized from the tables' own thresholds, so the
 * test holds on a fresh database and on one other tests have filled.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class) // the context of ImportBatchingIntegrationTest
class ImportTableStatisticsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final List<String> GROWN = List.of("credit_subject", "credit_record", "double_publicity_entry");
    /**
     * Chunks of the file: PostgreSQL 15 publishes a connection's changes to {@code pg_stat_user_tables} at most once
     * a second, so the file is committed in enough chunks that most of its changes are counted while it is imported.
     */
    private static final int CHUNKS = 12;

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLargeImportLeavesItsTablesAnalysed() {
        TenantFixtures.register(directory);
        // autovacuum's threshold of the largest table (50 + 10 % of its rows, by the server's settings): the file
        // changes each of the three tables by three times that at least
        double threshold = GROWN.stream().mapToDouble(this::threshold).max().orElseThrow();
        int rows = Math.max(2_400, (int) Math.ceil(3 * threshold / CHUNKS) * CHUNKS);
        // an import analyses a table at most once per autovacuum_naptime, as autovacuum would: other tests' imports
        // in this database may have analysed the tables just now, so their counters (not their statistics) start over
        GROWN.forEach(table -> jdbc.queryForObject("select pg_stat_reset_single_table_counters(to_regclass(?))",
                Object.class, table));
        Timestamp before = jdbc.queryForObject("select clock_timestamp()", Timestamp.class);

        ImportJobView job = TenantContext.callAs(TenantFixtures.HUMEN,
                () -> imports.importNow(ImportSource.of(file(rows)), "feed.csv", "tester", 1, rows / CHUNKS));

        assertThat(job.imported()).isEqualTo(rows);
        for (String table : GROWN) {
            Timestamp analysed = jdbc.queryForObject("select last_analyze from pg_stat_user_tables"
                    + " where schemaname = current_schema() and relname = ?", Timestamp.class, table);
            assertThat(analysed).as("last analysis of %s", table).isNotNull().isAfter(before);
            assertThat(jdbc.queryForObject("select count(*) from pg_stats where schemaname = current_schema()"
                    + " and tablename = ?", Long.class, table)).as("planner statistics of %s", table).isPositive();
        }
    }

    private double threshold(String table) {
        return jdbc.queryForObject("select current_setting('autovacuum_analyze_threshold')::float8"
                + " + current_setting('autovacuum_analyze_scale_factor')::float8 * greatest(c.reltuples, 0)"
                + " from pg_class c where c.oid = to_regclass(?)", Double.class, table);
    }

    /** {@code rows} licences, each of a subject new to the archive. */
    private static byte[] file(int rows) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        FeedFile feed = new FeedFile();
        for (int i = 0; i < rows; i++) {
            feed.licence("东市监许〔2025〕" + run + "-" + i + "号", CODES.next("441900").value(), "2025-09-30",
                    "2025-10-10");
        }
        return feed.bytes();
    }
}
