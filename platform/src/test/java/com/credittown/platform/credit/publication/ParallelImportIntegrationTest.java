package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import whose chunks are committed on parallel lanes partitioned by subject code stores what one lane stores:
 * the same counts and errors (in row order), each subject's records in the file's order with the same grade, score
 * and audit trail; importing it again changes nothing. And a chunk looks its rows up per chunk, not per row.
 */
@SpringBootTest
@Import(StatementCounter.Configuration.class) // the context of ImportBatchingIntegrationTest
class ParallelImportIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final int SUBJECTS = 30;
    private static final int ROWS = 240;
    private static final int CHUNK = 7;

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private static List<String> codes(int count) {
        return IntStream.range(0, count).mapToObj(i -> CODES.next("441900").value()).toList();
    }

    /**
     * 240 rows over 30 subjects, each subject's rows spread over the whole file (so over many chunks of 7): every
     * third a penalty (一般 or 轻微, each lowering the grade), some rejected (a wrong check character, a penalty
     * without its legal basis, a row repeating an earlier one).
     */
    private static byte[] file(List<String> codes, String numbers) {
        FeedFile feed = new FeedFile();
        for (int r = 0; r < ROWS; r++) {
            String code = codes.get(r * 7 % SUBJECTS);
            String number = "东市监〔2025〕" + numbers + "-" + r + "号";
            String decided = String.format(Locale.ROOT, "2025-09-%02d", 10 + r % 15);
            String published = String.format(Locale.ROOT, "2025-09-%02d", 11 + r % 15);
            if (r % 41 == 5) {
                feed.licence(number, code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), decided, published);
            } else if (r % 53 == 10) {
                feed.penalty(number, code, decided, published, "", "一般");
            } else if (r == 100) {
                feed.licence("东市监〔2025〕" + numbers + "-1号", codes.get(7), "2025-09-11", "2025-09-12");
            } else if (r % 3 == 0) {
                feed.penalty(number, code, decided, published, "《食品安全法》第一百二十二条", r % 2 == 0 ? "一般" : "轻微");
            } else {
                feed.licence(number, code, decided, published);
            }
        }
        return feed.bytes();
    }

    private ImportJobView importInHumen(byte[] file, int lanes, int chunk) {
        return TenantContext.callAs(TenantFixtures.HUMEN,
                () -> imports.importNow(ImportSource.of(file), "feed.csv", "tester", lanes, chunk));
    }

    /** What a subject's archive shows that an import changes, with the file's own numbers made comparable. */
    private List<String> subjectAsStored(String code, String numbers) {
        return TenantContext.callAs(TenantFixtures.HUMEN, () -> {
            long id = registry.byCode(code).orElseThrow().id();
            SubjectArchive stored = archive.archiveOf(id);
            List<String> seen = new ArrayList<>();
            seen.add("grade " + stored.grade() + " score " + stored.score());
            for (RecordView record : stored.records()) {
                seen.add(record.kind() + " " + record.severity() + " " + record.decisionDate() + " "
                        + record.summary().replace(numbers, "RUN"));
            }
            for (AuditEntry entry : audit.trailOf("credit-subject", Long.toString(id))) {
                seen.add(entry.action());
            }
            return seen;
        });
    }

    private String errorsCsv(long jobId, List<String> codes, String numbers) {
        StringWriter out = new StringWriter();
        TenantContext.runAs(TenantFixtures.HUMEN, () -> {
            try {
                imports.writeErrors(jobId, out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String text = out.toString().replace(numbers, "RUN");
        for (int i = 0; i < codes.size(); i++) {
            text = text.replace(codes.get(i), "S" + i);
        }
        // a wrong check character's message names the expected one, which differs between the two files' codes
        return text.lines().map(line -> line.split(",", 4))
                .map(f -> f.length == 4 && f[2].equals("subject_code") ? f[0] + "," + f[1] + "," + f[2]
                        : String.join(",", f))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void threeLanesStoreWhatOneLaneStoresAndAgainChangeNothing() {
        List<String> oneLaneCodes = codes(SUBJECTS);
        List<String> threeLaneCodes = codes(SUBJECTS);
        String oneLane = run + "a";
        String threeLanes = run + "b";

        ImportJobView sequential = importInHumen(file(oneLaneCodes, oneLane), 1, CHUNK);
        ImportJobView parallel = importInHumen(file(threeLaneCodes, threeLanes), 3, CHUNK);

        assertThat(parallel.state()).isEqualTo(ImportState.DONE);
        assertThat(sequential.state()).isEqualTo(ImportState.DONE);
        assertThat(parallel.rowsProcessed()).isEqualTo(ROWS);
        assertThat(parallel.imported()).isEqualTo(sequential.imported()).isGreaterThan(200);
        assertThat(parallel.rejected()).isEqualTo(sequential.rejected()).isGreaterThanOrEqualTo(9);
        assertThat(parallel.unchanged()).isEqualTo(sequential.unchanged()).isZero();
        // the errors in row order, as one lane reports them
        String parallelErrors = errorsCsv(parallel.id(), threeLaneCodes, threeLanes);
        assertThat(parallelErrors).isEqualTo(errorsCsv(sequential.id(), oneLaneCodes, oneLane));
        List<Long> rows = parallel.errors().stream().map(RowProblem::row).toList();
        assertThat(rows).isSorted().hasSize(parallel.rejected());
        assertThat(parallelErrors).contains("duplicates row 3");

        // every subject: the same records in the same order, grade, score and audit trail
        for (int i = 0; i < SUBJECTS; i++) {
            assertThat(subjectAsStored(threeLaneCodes.get(i), threeLanes)).as("subject %d", i)
                    .isEqualTo(subjectAsStored(oneLaneCodes.get(i), oneLane));
        }
        List<String> penalised = subjectAsStored(threeLaneCodes.get(0), threeLanes);
        assertThat(penalised).contains("CREDIT_GRADE_CHANGED");

        ImportJobView again = importInHumen(file(threeLaneCodes, threeLanes), 3, CHUNK);

        assertThat(again.state()).isEqualTo(ImportState.DONE);
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(parallel.imported());
        assertThat(again.rejected()).isEqualTo(parallel.rejected());
        assertThat(subjectAsStored(threeLaneCodes.get(0), threeLanes)).isEqualTo(penalised);
        assertThat(jdbc.queryForObject("select count(*) from double_publicity_entry where decision_number like ?",
                Long.class, "%" + threeLanes + "-%")).isEqualTo(parallel.imported());
    }

    @Test
    void aChunkLooksItsRowsUpOncePerChunkWhateverItsSize() {
        List<String> few = statementsOfOneChunk(40);
        List<String> many = statementsOfOneChunk(120);

        // three times the rows, the same statements; only the batches and the sequences' blocks of 50 ids grow
        assertThat(perChunk(many)).containsExactlyInAnyOrderElementsOf(perChunk(few));
        assertThat(count(many, "update double_publicity_import set rows_processed")).isEqualTo(1);
        assertThat(many.stream().filter(s -> s.contains("nextval")).count()).isLessThanOrEqualTo(8);
        assertThat(many.stream().filter(s -> s.startsWith("[batch]")).count()).isLessThan(30);
    }

    private List<String> statementsOfOneChunk(int rows) {
        FeedFile feed = new FeedFile();
        List<String> codes = codes(rows / 2);
        for (int r = 0; r < rows; r++) {
            String number = "东市监〔2025〕" + run + "-" + rows + "-" + r + "号";
            if (r % 4 == 0) {
                feed.penalty(number, codes.get(r / 2), "2025-09-19", "2025-09-30", "《食品安全法》第一百二十二条", "一般");
            } else {
                feed.licence(number, codes.get(r / 2), "2025-09-30", "2025-10-10");
            }
        }
        byte[] file = feed.bytes();
        return StatementCounter.statements(() -> assertThat(importInHumen(file, 1, 1000).imported()).isEqualTo(rows))
                .stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The statements that are not batches of rows, a sequence's next block of ids or an {@code ANALYZE} of the
     * statistics step (which runs when a table passed autovacuum's threshold, at most once per naptime, so the first
     * of two imports into a fresh database may analyse and the second not: ImportTableStatistics).
     */
    private static List<String> perChunk(List<String> statements) {
        return statements.stream()
                .filter(s -> !s.startsWith("[batch]") && !s.contains("nextval") && !s.startsWith("analyze "))
                .map(s -> s.replaceAll("\\?(\\s*,\\s*\\?)*", "?")) // an in-list's length follows the chunk's rows
                .toList();
    }

    private static long count(List<String> statements, String prefix) {
        return statements.stream().filter(s -> s.startsWith(prefix)).count();
    }
}
