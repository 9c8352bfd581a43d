package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The import on the real services and PostgreSQL: counts, error rows, idempotency, timeliness, refused files. */
@SpringBootTest
class DoublePublicityImportIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    DoublePublicityEntries entries;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    PlatformClock clock;
    @Autowired
    PublicationFigures figures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private String number(int n) {
        return "东市监〔2025〕" + run + "-" + n + "号";
    }

    private ImportJobView importInHumen(byte[] file) {
        return TenantContext.callAs(TenantFixtures.HUMEN,
                () -> imports.importNow(ImportSource.of(file), "feed.csv", "tester"));
    }

    private List<DoublePublicityEntry> entriesInHumen(List<String> numbers) {
        return TenantContext.callAs(TenantFixtures.HUMEN, () -> entries.findByDecisionNumberIn(numbers));
    }

    private List<RecordView> recordsInHumen(String code) {
        return TenantContext.callAs(TenantFixtures.HUMEN,
                () -> archive.archiveOf(registry.byCode(code).orElseThrow().id()).records());
    }

    @Test
    void aMixedFileImportsItsGoodRowsReportsTheBadOnesAndAgainChangesNothing() {
        String a = CODES.next("441900").value();
        String b = CODES.next("441900").value();
        String c = CODES.next("441900").value();
        String wrongCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
        SubjectView existing = TenantContext.callAs(TenantFixtures.HUMEN, () -> registry.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, c, "东莞市已登记有限公司", List.of()), "tester"));
        String future = LocalDate.now(clock).plusDays(3).toString();
        byte[] file = new FeedFile()
                .licence(number(1), a, "2025-09-30", "2025-10-11")                                   // row 2
                .penalty(number(2), b, "2025-09-19", "2025-09-30", "《食品安全法》第一百二十二条", "一般") // row 3
                .licence(number(3), c.toLowerCase(), "2025-10-09", "2025-10-09")                     // row 4
                .licence(number(4), wrongCheck, "2025-10-09", "2025-10-10")                          // row 5
                .licence(number(5), a, future, future)                                               // row 6
                .licence(number(6), a, "2025-10-10", "2025-10-09")                                   // row 7
                .penalty(number(7), b, "2025-10-09", "2025-10-10", "", "")                           // row 8
                .licence(number(1), a, "2025-09-30", "2025-10-11")                                   // row 9
                .licence(number(8), a, "2025-10-13", "2025-10-14")                                   // row 10
                .bytes();

        ImportJobView first = importInHumen(file);

        assertThat(first.state()).isEqualTo(ImportState.DONE);
        assertThat(first.rowsTotal()).isEqualTo(9);
        assertThat(first.rowsProcessed()).isEqualTo(9);
        assertThat(first.imported()).isEqualTo(4);
        assertThat(first.unchanged()).isZero();
        assertThat(first.rejected()).isEqualTo(5);
        assertThat(first.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly(
                "5 subject_code", "6 decision_date", "6 publication_date", "7 publication_date", "8 legal_basis",
                "9 ");
        assertThat(first.errors().get(0).message()).contains("'" + a.charAt(17) + "'");
        assertThat(first.errors().get(5).message())
                .isEqualTo("duplicates row 2 (same kind, decision_number and subject_code)");

        List<String> numbers = List.of(number(1), number(2), number(3), number(4), number(5), number(6),
                number(7), number(8));
        assertThat(entriesInHumen(numbers)).hasSize(4);
        // a is registered once although two rows name it; c was registered before and is reused
        assertThat(recordsInHumen(a)).extracting(RecordView::kind).containsExactly(RecordKind.LICENCE,
                RecordKind.LICENCE);
        assertThat(recordsInHumen(b)).singleElement().satisfies(penalty -> {
            assertThat(penalty.legalBasis()).isEqualTo("《食品安全法》第一百二十二条");
            assertThat(penalty.title()).isEqualTo("食品经营许可 \"预包装\"");
            assertThat(penalty.summary()).contains(number(2));
        });
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN, () -> registry.byCode(c).orElseThrow().id()))
                .isEqualTo(existing.id());
        assertThat(recordsInHumen(c)).hasSize(1);

        ImportJobView again = importInHumen(file);

        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.rejected()).isEqualTo(5);
        assertThat(entriesInHumen(numbers)).hasSize(4);
        assertThat(recordsInHumen(a)).hasSize(2);
        assertThat(recordsInHumen(b)).hasSize(1);
        assertThat(recordsInHumen(c)).hasSize(1);

        // The same decision with another publication date is a conflict, never an overwrite.
        ImportJobView changed = importInHumen(new FeedFile().licence(number(1), a, "2025-09-30", "2025-10-10")
                .bytes());
        assertThat(changed.imported()).isZero();
        assertThat(changed.rejected()).isEqualTo(1);
        assertThat(changed.errors()).singleElement().satisfies(e -> assertThat(e.message())
                .contains("publication_date (imported: 2025-10-11, file: 2025-10-10)")
                .contains("import " + first.id()));
        assertThat(entriesInHumen(List.of(number(1)))).singleElement()
                .satisfies(e -> assertThat(e.importId()).isEqualTo(first.id()));

        // Another tenant imports the same decisions as its own.
        ImportJobView changan = TenantContext.callAs(TenantFixtures.CHANGAN,
                () -> imports.importNow(ImportSource.of(file), "feed.csv", "tester"));
        assertThat(changan.imported()).isEqualTo(4);
        assertThat(entriesInHumen(numbers)).hasSize(4);
    }

    @Test
    void theRowsAnImportRejectedAreCountedForTheLedgerByTheImportsTime() {
        String a = CODES.next("441900").value();
        java.time.Instant before = clock.instant();
        byte[] file = new FeedFile()
                .licence(number(21), a, "2025-09-30", "2025-10-09")
                .licence(number(22), a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0'), "2025-09-30", "2025-10-09")
                .penalty(number(23), a, "2025-10-09", "2025-10-10", "", "")
                .bytes();

        ImportJobView job = importInHumen(file);
        java.time.Instant after = clock.instant().plusSeconds(1);

        assertThat(job.rejected()).isEqualTo(2);
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN, () -> figures.rejectedBetween(before, after)))
                .containsEntry(TenantFixtures.HUMEN.code(), 2L).doesNotContainKey(TenantFixtures.CHANGAN.code());
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN,
                () -> figures.rejectedBetween(after, after.plusSeconds(60)))).isEmpty();
    }

    @Test
    void timelinessIsCountedInWorkingDaysOnTheCityCalendarAcrossNationalDay2025() {
        String code = CODES.next("441900").value();
        byte[] file = new FeedFile()
                // Decided Tue 2025-09-30. 1-8 October are the National Day and Mid-Autumn holiday; the working
                // days after the decision are Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 (3, a 调休 working day):
                // published within 3 working days although 11 calendar days later: on time.
                .licence(number(1), code, "2025-09-30", "2025-10-11")
                // Decided Fri 2025-09-19: Mon 22 to Fri 26 (1-5), Sun 28 (6, 调休 working day), Mon 29 (7),
                // Tue 30 (8): late, although counting Monday to Friday only would give 7.
                .penalty(number(2), code, "2025-09-19", "2025-09-30", "依据", "")
                // 2023 has no calendar entered: Monday to Friday is assumed and the entry is flagged.
                .licence(number(3), code, "2023-06-02", "2023-06-12")
                .bytes();

        assertThat(importInHumen(file).imported()).isEqualTo(3);

        assertThat(entriesInHumen(List.of(number(1), number(2), number(3))))
                .extracting(e -> e.workingDays() + " " + e.onTime() + " " + e.calendarFlagged())
                .containsExactlyInAnyOrder("3 true false", "8 false false", "6 true true");
    }

    @Test
    void brokenUtf8AndAWrongHeaderAreAnsweredPreciselyWithNothingWritten() {
        String code = CODES.next("441900").value();
        byte[] good = new FeedFile().licence(number(1), code, "2025-10-09", "2025-10-10").bytes();
        byte[] broken = good.clone();
        int offset = new String(good, StandardCharsets.UTF_8).indexOf("东莞市测试");
        offset = new String(good, StandardCharsets.UTF_8).substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
        broken[offset + 1] = (byte) 0x41; // the second byte of 东 is no continuation byte any more
        int badOffset = offset; // the report names the first byte of the broken sequence: the lead byte of 东

        assertThatThrownBy(() -> importInHumen(broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::message).singleElement().asString()
                        .startsWith("the file is not valid UTF-8 (first bad byte at offset " + badOffset + ")"));

        byte[] wrongHeader = new String(good, StandardCharsets.UTF_8).replace("publication_date", "published_on")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> importInHumen(wrongHeader))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::message).containsExactly(
                                "the header lacks the required column(s) publication_date",
                                "the header has unknown column(s) published_on; the columns are kind, "
                                        + "decision_number, subject_code, subject_name, department, decision_date, "
                                        + "publication_date, title, legal_basis, severity"));

        assertThat(entriesInHumen(List.of(number(1)))).isEmpty();
        assertThat(TenantContext.callAs(TenantFixtures.HUMEN, () -> registry.byCode(code))).isEmpty();
    }

    /**
     * An import that stops after its first chunk (the file cannot be read on: an application stopped, a disk gone) and
     * is run again creates nothing twice: the rows of the committed chunk count as unchanged, the rest are imported,
     * and every subject, record, repair notice and audit entry exists once.
     */
    @Test
    void anImportStoppedBetweenChunksAndRunAgainCreatesNothingTwice() {
        int rows = 2500;
        int subjects = 1250;
        List<String> codes = java.util.stream.IntStream.range(0, subjects)
                .mapToObj(i -> CODES.next("441900").value()).toList();
        FeedFile feed = new FeedFile();
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            numbers.add(number(1000 + i));
            // subject i % 1250: once in the first chunk (rows 1-1000) or the rows read but not committed, once after
            if (i % 5 == 0) {
                feed.penalty(number(1000 + i), codes.get(i % subjects), "2025-10-09", "2025-10-10", "依据", "一般");
            } else {
                feed.licence(number(1000 + i), codes.get(i % subjects), "2025-10-09", "2025-10-10");
            }
        }
        byte[] file = feed.bytes();
        String text = new String(file, StandardCharsets.UTF_8);
        int line = 0;
        int cut = 0;
        while (line < 1501) { // the header and 1,500 rows: the first chunk of 1,000 commits, the next does not
            cut = text.indexOf("\r\n", cut) + 2;
            line++;
        }
        int cutBytes = text.substring(0, cut).getBytes(StandardCharsets.UTF_8).length;
        java.util.concurrent.atomic.AtomicInteger opened = new java.util.concurrent.atomic.AtomicInteger();
        ImportSource stopping = new ImportSource() {
            @Override
            public java.io.InputStream open() {
                // the whole-file checks (two reads: the format, then every row) read it all; the import's own
                // reading stops at the cut
                return opened.getAndIncrement() < 2 ? new java.io.ByteArrayInputStream(file)
                        : new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(file, 0, cutBytes),
                        new java.io.InputStream() {
                            @Override
                            public int read() throws java.io.IOException {
                                throw new java.io.IOException("the disk went away");
                            }
                        });
            }

            @Override
            public java.util.OptionalLong size() {
                return java.util.OptionalLong.of(file.length);
            }
        };

        ImportJobView stopped = TenantContext.callAs(TenantFixtures.HUMEN,
                () -> imports.importNow(stopping, "feed.csv", "tester"));

        assertThat(stopped.state()).isEqualTo(ImportState.FAILED);
        assertThat(stopped.rowsProcessed()).isEqualTo(1000);
        assertThat(stopped.imported()).isEqualTo(1000);
        assertThat(entriesInHumen(numbers)).hasSize(1000);

        ImportJobView again = importInHumen(file);

        assertThat(again.state()).isEqualTo(ImportState.DONE);
        assertThat(again.unchanged()).isEqualTo(1000);
        assertThat(again.imported()).isEqualTo(1500);
        assertThat(again.rejected()).isZero();
        List<DoublePublicityEntry> stored = entriesInHumen(numbers);
        assertThat(stored).hasSize(rows);
        List<Long> recordIds = stored.stream().map(DoublePublicityEntry::recordId).distinct().toList();
        assertThat(recordIds).hasSize(rows);
        String recordList = recordIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        String codeList = codes.stream().map(c -> "'" + c + "'").collect(java.util.stream.Collectors.joining(","));
        // every subject registered once, with its two records; a repair notice with each penalty; one audit entry each
        assertThat(jdbc.queryForObject("select count(*) from credit_subject where code in (" + codeList + ")",
                Long.class)).isEqualTo(subjects);
        assertThat(jdbc.queryForList("select count(*) from credit_record r join credit_subject s on s.id = r.subject_id"
                + " where s.code in (" + codeList + ") group by s.id", Long.class))
                .hasSize(subjects).containsOnly(2L);
        assertThat(jdbc.queryForObject("select count(*) from credit_repair_notice where record_id in (" + recordList + ")",
                Long.class)).isEqualTo(rows / 5);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CREDIT_RECORD_PUBLISHED'"
                + " and subject_type = 'credit-record' and subject_id in (" + recordIds.stream()
                .map(id -> "'" + id + "'").collect(java.util.stream.Collectors.joining(",")) + ")", Long.class))
                .isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REPAIR_NOTICE_SERVED'"
                + " and detail like 'repair notice served with penalty record %' and subject_id in (select"
                + " cast(id as varchar) from credit_repair_notice where record_id in (" + recordList + "))", Long.class))
                .isEqualTo(rows / 5);

        ImportJobView third = importInHumen(file);
        assertThat(third.imported()).isZero();
        assertThat(third.unchanged()).isEqualTo(rows);
        assertThat(entriesInHumen(numbers)).hasSize(rows);
    }
}
