package com.credittown.platform.credit.publication.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.publication.DoublePublicityImport;
import com.credittown.platform.credit.publication.ImportJobView;
import com.credittown.platform.credit.publication.ImportSource;
import com.credittown.platform.credit.publication.ImportState;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a generated 100,000-row 双公示 file into PostgreSQL (database credittown_bench) and reports rows/s and
 * peak heap. Not part of {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -B -o -pl platform test -Dtest=DoublePublicityImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Each run uses new decision numbers and subject codes, so reruns on the same database import everything again.
 */
@Tag("benchmark")
// Runs only when asked for by name, not when a pattern such as 'com.credittown.platform.credit.publication.**' selects
// the package's tests (surefire passes -Dtest to the test JVM).
@EnabledIfSystemProperty(named = "test", matches = ".*DoublePublicityImportBenchmark.*")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/${bench.db:credittown_bench}",
        "logging.level.root=WARN",
        "credittown.double-publicity.parallel-chunks=${bench.parallel:1}"})
class DoublePublicityImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    /** Each subject appears in two rows on average, so half the rows register a subject and half reuse one. */
    private static final int SUBJECTS = ROWS / 2;
    /**
     * {@code bench.parallel=N}: the import commits its chunks on N lanes partitioned by subject code (setting
     * {@code credittown.double-publicity.parallel-chunks}, see {@code ChunkLanes}); one job, as a user's import. Until
     * 2026-12-07 evening the harness split the file by subject code into N jobs instead (the import had no lanes).
     */
    private static final int PARALLEL = Integer.getInteger("bench.parallel", 1);
    /**
     * {@code bench.nameConflicts=true}: a reused subject's row names it differently from the archive (重码, reported to
     * the code clean-up), the generator of the runs before 2026-12-07 14:00 UTC did by mistake for every reused
     * subject (half the rows); by default a row names its subject as the archive does.
     */
    private static final boolean NAME_CONFLICTS = Boolean.getBoolean("bench.nameConflicts");

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    PlatformClock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void importsOneHundredThousandRows() throws Exception {
        TenantFixtures.register(directory);
        Path file = generate();
        try {
            long bytes = Files.size(file);
            List<MemoryPoolMXBean> heap = heapPools();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong sampledPeak = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Runtime rt = Runtime.getRuntime();
                    sampledPeak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();

            long start = System.nanoTime();
            List<ImportJobView> jobs = List.of(TenantContext.callAs(TenantFixtures.HUMEN,
                    () -> imports.importNow(ImportSource.of(file), file.getFileName().toString(), "benchmark")));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            int rowsTotal = jobs.stream().mapToInt(ImportJobView::rowsTotal).sum();
            int imported = jobs.stream().mapToInt(ImportJobView::imported).sum();

            long poolPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            double ceiling = ceilingRowsPerSecond(file);
            double rate = rowsTotal / seconds;
            String report = String.format(java.util.Locale.ROOT,
                    "rows=%d bytes=%d seconds=%.1f rowsPerSecond=%.0f imported=%d unchanged=%d rejected=%d "
                            + "peakHeapSampledMB=%d peakHeapPoolsMB=%d maxHeapMB=%d cpus=%d java=%s "
                            + "ceilingRowsPerSecond=%.0f ratioToCeiling=%.3f nameConflicts=%d parallel=%d",
                    rowsTotal, bytes, seconds, rate, imported, jobs.stream().mapToInt(ImportJobView::unchanged).sum(),
                    jobs.stream().mapToInt(ImportJobView::rejected).sum(), sampledPeak.get() >> 20, poolPeak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), ceiling,
                    rate / ceiling, jobs.stream().mapToInt(ImportJobView::nameConflicts).sum(), PARALLEL);
            System.out.println("BENCHMARK double-publicity-import: " + report);
            Path out = Path.of(System.getProperty("bench.out", "target/benchmark-double-publicity-import.txt"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + System.lineSeparator());

            assertThat(jobs).allSatisfy(done -> assertThat(done.state()).isEqualTo(ImportState.DONE));
            assertThat(imported).isEqualTo(ROWS);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The database's own ceiling in the same run: the file's rows (parsed with a plain split, every row valid) written
     * with JDBC batches of 1,000 into a scratch copy of double_publicity_entry (same columns, defaults and indexes, no
     * foreign keys), one transaction per 1,000 rows, through the application's pool; rows/s. Nothing else: no subjects,
     * records, audit, outbox or checks. The table is dropped afterwards.
     */
    private double ceilingRowsPerSecond(Path file) throws Exception {
        String table = "bench_ceiling_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("create table " + table + " (like double_publicity_entry including all)");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String sql = "insert into " + table + " (tenant_id, import_id, kind, decision_number, subject_code,"
                    + " subject_id, record_id, subject_name, department, title, legal_basis, severity, decision_date,"
                    + " publication_date, working_days, on_time, calendar_flagged, imported_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            in.readLine();
            long start = System.nanoTime();
            long rows = 0;
            List<Object[]> batch = new ArrayList<>(1000);
            java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                batch.add(new Object[] {"humen", 1L, f[0], f[1], f[2], rows, rows, f[3].replace("\"", ""), f[4], f[7],
                        f[8].isEmpty() ? null : f[8], f[9].isEmpty() ? null : f[9], LocalDate.parse(f[5]),
                        LocalDate.parse(f[6]), 3, true, false, now});
                rows++;
                if (batch.size() == 1000) {
                    List<Object[]> chunk = batch;
                    tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, chunk));
                    batch = new ArrayList<>(1000);
                }
            }
            List<Object[]> rest = batch;
            if (!rest.isEmpty()) {
                tx.executeWithoutResult(status -> jdbc.batchUpdate(sql, rest));
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            jdbc.execute("drop table " + table);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools.add(pool);
            }
        }
        return pools;
    }

    /** ROWS valid rows: 80 % licences, 20 % penalties, decided in 2025, published 0 to 14 days later. */
    private Path generate() throws IOException {
        Random random = new Random(2025);
        UsccGenerator codes = new UsccGenerator(new Random());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> subjects = new ArrayList<>(SUBJECTS);
        for (int i = 0; i < SUBJECTS; i++) {
            subjects.add(codes.next("441900").value());
        }
        LocalDate first = LocalDate.of(2025, 1, 2);
        LocalDate today = LocalDate.now(clock);
        Path file = Files.createTempFile("double-publicity-bench-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kind,decision_number,subject_code,subject_name,department,decision_date,publication_date,"
                    + "title,legal_basis,severity\r\n");
            for (int i = 0; i < ROWS; i++) {
                boolean penalty = random.nextInt(5) == 0;
                int subject = i < SUBJECTS ? i : random.nextInt(SUBJECTS);
                String code = subjects.get(subject);
                LocalDate decided = first.plusDays(random.nextInt(360));
                LocalDate published = decided.plusDays(random.nextInt(15));
                if (published.isAfter(today)) {
                    published = today;
                }
                out.write(String.join(",", penalty ? "PENALTY" : "LICENCE",
                        (penalty ? "东市监罚〔2025〕" : "东市监许〔2025〕") + run + "-" + i + "号", code,
                        "\"东莞市测试" + (NAME_CONFLICTS ? i % SUBJECTS : subject) + "号有限公司\"", "东莞市市场监督管理局", decided.toString(),
                        published.toString(), penalty ? "未按规定公示年度报告" : "食品经营许可",
                        penalty ? "《企业信息公示暂行条例》第十八条" : "", penalty ? "一般" : ""));
                out.write("\r\n");
            }
        }
        return file;
    }
}
