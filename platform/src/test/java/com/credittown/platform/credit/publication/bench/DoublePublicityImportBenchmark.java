package com.credittown.platform.credit.publication.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.code.UsccGenerator;
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
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:${CT_PG_PORT:5432}/credittown_bench",
        "logging.level.root=WARN"})
class DoublePublicityImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 100_000);
    /** Each subject appears in two rows on average, so half the rows register a subject and half reuse one. */
    private static final int SUBJECTS = ROWS / 2;

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    PlatformClock clock;

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
            ImportJobView job = TenantContext.callAs(TenantFixtures.HUMEN,
                    () -> imports.importNow(ImportSource.of(file), file.getFileName().toString(), "benchmark"));
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();

            long poolPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            String report = String.format(java.util.Locale.ROOT,
                    "rows=%d bytes=%d seconds=%.1f rowsPerSecond=%.0f imported=%d unchanged=%d rejected=%d "
                            + "peakHeapSampledMB=%d peakHeapPoolsMB=%d maxHeapMB=%d cpus=%d java=%s",
                    job.rowsTotal(), bytes, seconds, job.rowsTotal() / seconds, job.imported(), job.unchanged(),
                    job.rejected(), sampledPeak.get() >> 20, poolPeak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            System.out.println("BENCHMARK double-publicity-import: " + report);
            Path out = Path.of("target", "benchmark-double-publicity-import.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + System.lineSeparator());

            assertThat(job.state()).isEqualTo(ImportState.DONE);
            assertThat(job.imported()).isEqualTo(ROWS);
        } finally {
            Files.deleteIfExists(file);
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
                String code = subjects.get(i < SUBJECTS ? i : random.nextInt(SUBJECTS));
                LocalDate decided = first.plusDays(random.nextInt(360));
                LocalDate published = decided.plusDays(random.nextInt(15));
                if (published.isAfter(today)) {
                    published = today;
                }
                out.write(String.join(",", penalty ? "PENALTY" : "LICENCE",
                        (penalty ? "东市监罚〔2025〕" : "东市监许〔2025〕") + run + "-" + i + "号", code,
                        "\"东莞市测试" + (i % SUBJECTS) + "号有限公司\"", "东莞市市场监督管理局", decided.toString(),
                        published.toString(), penalty ? "未按规定公示年度报告" : "食品经营许可",
                        penalty ? "《企业信息公示暂行条例》第十八条" : "", penalty ? "一般" : ""));
                out.write("\r\n");
            }
        }
        return file;
    }
}
