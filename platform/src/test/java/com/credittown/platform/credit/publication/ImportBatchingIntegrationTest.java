package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chunk of an import writes its subjects and repair notices in JDBC batches of 50 and its records in one JDBC
 * batch (their ids come from sequences, 50 at a time), looks for no repair notice of a record it has just made nor
 * reads a record back, looks up neither the subjects it registered nor their (empty) archives, and a plain insert that takes the column's default (a migration, a script) between two
 * imports draws an id Hibernate does not hold (pooled-lo).
 * Counted on the data source for 120 rows of 120 new subjects, every fourth a penalty.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class)
class ImportBatchingIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final int ROWS = 120;

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private byte[] file(int from) {
        FeedFile feed = new FeedFile();
        for (int i = from; i < from + ROWS; i++) {
            String number = "东市监〔2025〕" + run + "-" + i + "号";
            String code = CODES.next("441900").value();
            if (i % 4 == 0) {
                feed.penalty(number, code, "2025-09-19", "2025-09-30", "《食品安全法》第一百二十二条", "一般");
            } else {
                feed.licence(number, code, "2025-09-30", "2025-10-10");
            }
        }
        return feed.bytes();
    }

    private List<String> importCounted(byte[] file) {
        List<String> statements = new ArrayList<>();
        statements.addAll(StatementCounter.statements(() -> {
            ImportJobView job = TenantContext.callAs(TenantFixtures.HUMEN,
                    () -> imports.importNow(ImportSource.of(file), "feed.csv", "tester"));
            assertThat(job.imported()).isEqualTo(ROWS);
        }));
        return statements;
    }

    private static long count(List<String> statements, String prefix) {
        return statements.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith(prefix)).count();
    }

    @Test
    void aChunkInsertsItsSubjectsRecordsAndNoticesInBatchesAndPlainInsertsDoNotCollide() {
        TenantFixtures.register(directory);
        List<String> statements = importCounted(file(0));

        // 120 subjects and 30 notices: batches of at most 50, never one statement per row
        assertThat(count(statements, "[batch] insert into credit_subject")).isBetween(1L, 3L);
        assertThat(count(statements, "insert into credit_subject")).isZero();
        // the records as one JDBC batch per chunk, outside Hibernate, never read back (the notices take them as
        // written: CreditRecordRows)
        assertThat(count(statements, "[batch] insert into credit_record")).isEqualTo(1L);
        assertThat(count(statements, "insert into credit_record")).isZero();
        assertThat(statements).noneMatch(s -> s.toLowerCase(Locale.ROOT)
                .matches("select .* from credit_record \\w+ where \\w+\\.id=\\?.*"));
        assertThat(count(statements, "[batch] insert into credit_repair_notice")).isBetween(1L, 2L);
        assertThat(count(statements, "insert into credit_repair_notice")).isZero();
        // every subject is new to the archive: neither the subjects nor their records are looked up again (a look-up
        // by an in-list of the chunk's subjects scanned the whole table, so it cost more the larger the archive was)
        assertThat(statements).noneMatch(s -> s.toLowerCase(Locale.ROOT)
                .matches("select .* from credit_subject \\w+ where \\w+\\.id in ?\\(.*"));
        assertThat(statements).noneMatch(s -> s.toLowerCase(Locale.ROOT)
                .matches("select .* from credit_record \\w+ where \\w+\\.subject_id in ?\\(.*"));
        // the records were made in the chunk: no look-up of their notices
        assertThat(statements).noneMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("select")
                && s.toLowerCase(Locale.ROOT).contains("from credit_repair_notice"));
        assertThat(jdbc.queryForObject("select count(*) from credit_repair_notice n join double_publicity_entry e"
                + " on e.record_id = n.record_id where e.decision_number like ?", Long.class, "%" + run + "-%"))
                .isEqualTo(ROWS / 4);

        // a plain insert takes the column's default between two imports: no id is taken twice
        Long plain = jdbc.queryForObject("insert into credit_subject (registered_by, version, kind, code, name, grade,"
                + " score, created_at) values ('humen', 0, 'MARKET_ENTITY', ?, '东莞市脚本登记有限公司', 'A', 100, now())"
                + " returning id", Long.class, CODES.next("441900").value());
        importCounted(file(ROWS));
        assertThat(jdbc.queryForObject("select count(distinct subject_id) from double_publicity_entry"
                + " where decision_number like ?", Long.class, "%" + run + "-%")).isEqualTo(2L * ROWS);
        assertThat(jdbc.queryForObject("select count(*) from double_publicity_entry where subject_id = ?", Long.class,
                plain)).isZero();
    }
}
