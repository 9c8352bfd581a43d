package com.credittown.ui.bench;

import com.credittown.tenants.provisioning.ProvisioningReport;
import com.credittown.tenants.provisioning.TenantProvisioner;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One phase of {@link TenantHeapBenchmark}, in a JVM of its own (the benchmark forks it), so that no application
 * context closed earlier stays on the heap it measures. Starts the application with the catalogue at {@code tenants}
 * ({@link ScaledTenants}) on the given database and either
 * <ul>
 *   <li>{@code provision}: with provisioning at start-up off, then provisions the new tenants {@code parallelism} at a
 *   time by calling the provisioner (timed, with each step's share, {@link StepTimes}); or</li>
 *   <li>{@code idle}: as in production (provisioning at start-up on, the unchanged tenants skipped): the start-up
 *   time of a cold JVM, then the idle heap after full collections (MemoryMXBean's used heap once two collections in a
 *   row agree within 256 KB) and the live heap's class histogram, every class.</li>
 * </ul>
 * Arguments: mode, tenants, database, parallelism, the result file (Java properties; the histogram beside it).
 */
final class TenantHeapPhase {

    private TenantHeapPhase() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int tenants = Integer.parseInt(args[1]);
        String db = args[2];
        int parallelism = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Properties result = new Properties();
        ScaledTenants.total = tenants;
        String url = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + db;
        ConfigurableApplicationContext app;
        try (BenchProgress progress = new BenchProgress(url)) {
            if (mode.equals("provision")) {
                progress.phase("start-up (a JVM of its own), " + tenants + " in the catalogue, provisioning at "
                        + "start-up off");
                app = TenantScaleBenchmark.start(db, false, "--credittown.tenants.provisioning.parallelism="
                        + parallelism);
                timed(result, "start", progress);
                StepTimes.reset();
                progress.phase("provisioning the new tenants of " + tenants + ", " + parallelism + " at a time");
                ProvisioningReport report = app.getBean(TenantProvisioner.class).provisionAll();
                timed(result, "provision", progress);
                if (!report.failures().isEmpty()) {
                    throw new AssertionError("provisioning failed: " + report.failures());
                }
                result.setProperty("provisioned", String.valueOf(report.tenants() - report.skippedTenants()));
                StepTimes.all().forEach((step, time) -> {
                    result.setProperty("step." + step + ".calls", String.valueOf(time.calls()));
                    result.setProperty("step." + step + ".nanos", String.valueOf(time.nanos()));
                });
            } else {
                progress.phase("start-up (a JVM of its own), " + tenants + " tenants provisioned, unchanged ones "
                        + "skipped");
                app = TenantScaleBenchmark.start(db, true);
                timed(result, "start", progress);
                progress.phase("idle heap, " + tenants + " tenants");
                result.setProperty("heapUsed", String.valueOf(settledHeap()));
                String histogram = HeapHistogram.take();
                Path histogramFile = out.resolveSibling(out.getFileName().toString()
                        .replaceFirst("\\.properties$", "") + "-histogram.txt");
                Files.writeString(histogramFile, histogram);
                result.setProperty("histogram", histogramFile.toString());
                result.setProperty("histogramTotal", String.valueOf(HeapHistogram.totalBytes(histogram)));
                result.setProperty("definitionCache", String.valueOf(((ProcessEngineConfigurationImpl) app
                        .getBean(ProcessEngine.class).getProcessEngineConfiguration()).getProcessDefinitionCache()
                        .size()));
                System.out.printf(Locale.ROOT, "BENCH idle heap, %d tenants: %.1f MB used after GC, %.1f MB live in the "
                                + "histogram, %s process definitions cached (load average %s)%n", tenants,
                        Long.parseLong(result.getProperty("heapUsed")) / 1e6,
                        Long.parseLong(result.getProperty("histogramTotal")) / 1e6,
                        result.getProperty("definitionCache"), BenchProgress.loadAverage());
                progress.done();
            }
            result.setProperty("phases", progress.table());
        }
        try (Writer writer = Files.newBufferedWriter(out)) {
            result.store(writer, "TenantHeapPhase " + String.join(" ", args));
        }
        app.close();
        System.exit(0);
    }

    /** Ends the progress phase and keeps its wall-clock and CPU seconds under {@code key}. */
    private static void timed(Properties result, String key, BenchProgress progress) {
        result.setProperty(key + "Seconds", String.valueOf(progress.done()));
        result.setProperty(key + "Cpu", String.valueOf(progress.lastCpu()));
    }

    /** Used heap after full collections, once two in a row agree within 256 KB (at most eight), after 2 s idle. */
    private static long settledHeap() throws InterruptedException {
        Thread.sleep(2000);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 8; i++) {
            System.gc();
            Thread.sleep(300);
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(last - used) < 256 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }
}
