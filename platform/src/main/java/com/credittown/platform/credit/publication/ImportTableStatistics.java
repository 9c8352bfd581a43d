package com.credittown.platform.credit.publication;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the PostgreSQL planner statistics of the tables an import grows current, as autovacuum would: after a chunk,
 * a table whose rows changed since its last analysis ({@code pg_stat_user_tables.n_mod_since_analyze}) more than
 * autovacuum's own threshold ({@code autovacuum_analyze_threshold + autovacuum_analyze_scale_factor × reltuples}, the
 * server's settings or the table's own storage parameters) is analysed, outside the chunk's transaction, at most once
 * per {@code autovacuum_naptime} as autovacuum would.
 *
 * <p>Why: without statistics the planner answers a chunk's look-ups (entries by decision number, subjects by code,
 * records by subject) and the search dispatcher's record documents with scans of whole tables, so an import slowed as
 * the tables grew: 601 rows/s for 100,000 rows into a fresh database with autovacuum off, 2,207–2,449 once the tables
 * were analysed (docs/benchmarks/double-publicity-import.md). Where autovacuum runs it analyses the same tables at the
 * same threshold, only up to a minute later (its naptime), so this seldom does more than run it earlier; where it is
 * off or lags (this project's CI machines run with it off) this is what keeps an import's plans right.
 *
 * <p>One analysis at a time: a lane that finds another lane checking goes on with its next chunk. A failure (e.g. a
 * role that may not analyse the table) is logged and never fails the import. Nothing runs on other databases (H2's
 * statistics are the application's hourly {@code ANALYZE}).
 */
@Component
class ImportTableStatistics {

    private static final Logger log = LoggerFactory.getLogger(ImportTableStatistics.class);

    /**
     * What an import inserts into: the subjects it registers, their records, its entries and errors, repair notices of
     * its penalties, the audit entries and the search outbox's rows.
     */
    static final List<String> TABLES = List.of("credit_subject", "credit_record", "double_publicity_entry",
            "double_publicity_import_error", "credit_repair_notice", "audit_entry", "search_outbox");

    /**
     * The tables past autovacuum's analyse threshold, computed as autovacuum computes it ({@code
     * relation_needs_vacanalyze}: a table's own storage parameters before the server's settings; {@code reltuples} is
     * -1 before the first analysis), among those the current role may analyse, and not analysed (by anyone) within
     * {@code autovacuum_naptime}: autovacuum visits a database once per naptime, so it analyses a table at most that
     * often. Without that bound a 100,000-row import analysed each table some 30 times, 35 s of a 159 s run (each
     * {@code ANALYZE} 0.2–0.7 s at 100,000 rows); one analysis a minute keeps the planner's estimates (PostgreSQL
     * scales the row counts by the table's current size; what an analysis adds, the distinct values and histograms,
     * changes little as an import grows a table).
     */
    private static final String STALE = """
            select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
            where s.schemaname = current_schema() and s.relname in (%s) and pg_has_role(c.relowner, 'USAGE')
              and s.n_mod_since_analyze > coalesce((select o.option_value::float8
                      from pg_options_to_table(c.reloptions) o where o.option_name = 'autovacuum_analyze_threshold'),
                    current_setting('autovacuum_analyze_threshold')::float8)
                + coalesce((select o.option_value::float8
                      from pg_options_to_table(c.reloptions) o where o.option_name = 'autovacuum_analyze_scale_factor'),
                    current_setting('autovacuum_analyze_scale_factor')::float8) * greatest(c.reltuples, 0)
              and coalesce(greatest(s.last_analyze, s.last_autoanalyze), '-infinity')
                < now() - current_setting('autovacuum_naptime')::interval
            order by s.relname""".formatted(String.join(", ", TABLES.stream().map(table -> "?").toList()));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate outside;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile Boolean postgres;

    ImportTableStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.outside = new TransactionTemplate(transactions);
        this.outside.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /**
     * Analyses each of the import's tables that changed more than autovacuum's threshold since its last analysis (on
     * PostgreSQL; elsewhere nothing); returns the tables analysed. Runs outside any transaction of the caller.
     */
    List<String> analyzeWhereStale() {
        if (!checking.tryLock()) {
            return List.of(); // another lane is at it: the next chunk looks again
        }
        try {
            return outside.execute(status -> postgres() ? analyzeStale() : List.of());
        } catch (DataAccessException e) {
            log.warn("Could not bring the import's table statistics up to date: {}", e.getMessage());
            return List.of();
        } finally {
            checking.unlock();
        }
    }

    private List<String> analyzeStale() {
        List<String> stale = jdbc.queryForList(STALE, String.class, TABLES.toArray());
        for (String table : stale) {
            long started = System.nanoTime();
            jdbc.execute("analyze " + table); // one of TABLES, as the catalogue names it
            log.debug("Analysed {} after an import's chunk in {} ms", table, (System.nanoTime() - started) / 1_000_000);
        }
        return stale;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) connection -> connection.getMetaData()
                    .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
            postgres = known;
        }
        return known;
    }
}
