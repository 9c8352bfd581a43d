package com.credittown.ui.bench;

import com.credittown.CreditTownApplication;
import com.credittown.tenants.provisioning.ProvisioningReport;
import com.credittown.tenants.provisioning.TenantProvisioner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 1,000 tenants (issue 18, item 6), on PostgreSQL, in one JVM: the application is started six times in turn (each
 * closed before the next): on a fresh database with the real catalogue (34 tenants, provisioned at start-up); again,
 * warm, with the 34 provisioned (start-up time, idle heap after GC); with the catalogue grown halfway to
 * {@code bench.tenants} ({@link ScaledTenants}) and the new tenants provisioned one at a time, then grown to
 * {@code bench.tenants} and the rest provisioned {@code bench.parallelism} at a time (both timed by calling the
 * provisioner); again with them all provisioned, unchanged tenants skipped (start-up time, idle heap after GC), then
 * {@code bench.sessions} anonymous Vaadin sessions on a public page and as many signed-in officer sessions on the task
 * list ({@link VaadinSessions}), the heap after GC measured after each; last, a start-up that provisions every tenant
 * again ({@code skip-unchanged=false}, the start-up before the provisioning fingerprint), for the ratio.
 * Heap after GC is MemoryMXBean's used heap after two {@code System.gc()} calls, in process.
 */
@Tag("benchmark")
class TenantScaleBenchmark {

    private final StringBuilder lines = new StringBuilder();

    @Test
    void thousandTenants() throws Exception {
        int tenants = Integer.getInteger("bench.tenants", 1000);
        int sessions = Integer.getInteger("bench.sessions", 100);
        String db = System.getProperty("bench.db", "credittown_bench_tenants");
        Map<String, Double> figures = new LinkedHashMap<>();
        VaadinSessions officers;
        String signedInError = null;

        int parallelism = Integer.getInteger("bench.parallelism", 4);
        int half = 34 + (tenants - 34) / 2;
        String url = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + db;
        String phases;
        try (BenchProgress progress = new BenchProgress(url)) {
            ScaledTenants.total = 0;
            progress.phase("1/5 start-up on the fresh database, 34 tenants provisioned during it");
            ConfigurableApplicationContext app = start(db, true);
            figures.put("start34Cold", progress.done());
            app.close();

            progress.phase("2/5 start-up, 34 tenants provisioned");
            app = start(db, true);
            figures.put("start34", progress.done());
            progress.phase("2/5 idle heap, 34 tenants");
            heap(figures, "heap34", "idle, 34 tenants");
            progress.done();
            app.close();

            // the new tenants in two halves: one tenant at a time, then `parallelism` at a time
            ScaledTenants.total = half;
            progress.phase("3/5 start-up with " + half + " in the catalogue, provisioning at start-up off");
            app = start(db, false, "--credittown.tenants.provisioning.parallelism=1");
            progress.done();
            progress.phase("3/5 provisioning " + (half - 34) + " new tenants one at a time");
            provision(app);
            figures.put("provisionSerial", progress.done());
            figures.put("provisionSerialCpu", progress.lastCpu());
            app.close();
            ScaledTenants.total = tenants;
            progress.phase("3/5 start-up with " + tenants + " in the catalogue, provisioning at start-up off");
            app = start(db, false, "--credittown.tenants.provisioning.parallelism=" + parallelism);
            progress.done();
            progress.phase("3/5 provisioning " + (tenants - half) + " new tenants " + parallelism + " at a time");
            provision(app);
            figures.put("provisionParallel", progress.done());
            figures.put("provisionParallelCpu", progress.lastCpu());
            app.close();

            progress.phase("4/5 start-up, " + tenants + " tenants provisioned, unchanged ones skipped");
            app = start(db, true);
            figures.put("startN", progress.done());
            figures.put("startNCpu", progress.lastCpu());
            progress.phase("4/5 idle heap, " + tenants + " tenants");
            heap(figures, "heapN", "idle, " + tenants + " tenants (start-up skipped them)");
            progress.done();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            progress.phase("4/5 " + sessions + " anonymous Vaadin sessions");
            VaadinSessions anonymous = new VaadinSessions(port);
            int uisBefore = LiveUis.count(app);
            for (int i = 0; i < sessions; i++) {
                anonymous.openPublic("public/tenants/humen");
            }
            uisOpened(app, uisBefore, sessions);
            heap(figures, "heapAnonymous", "with " + sessions + " anonymous Vaadin sessions");
            progress.done();
            progress.phase("4/5 " + sessions + " signed-in Vaadin sessions");
            officers = new VaadinSessions(port);
            uisBefore = LiveUis.count(app);
            try {
                for (int i = 0; i < sessions; i++) {
                    officers.openSignedIn("tenants/humen/tasks", "humen.officer", "demo1234");
                }
            } catch (RuntimeException e) {
                signedInError = e.getMessage();
            }
            uisOpened(app, uisBefore, officers.opened());
            heap(figures, "heapOfficers", "with " + officers.opened() + " signed-in Vaadin sessions more");
            progress.done();
            app.close();

            // the start-up as it was before the provisioning fingerprint: every step for every tenant
            progress.phase("5/5 start-up, " + tenants + " tenants provisioned, every tenant provisioned again");
            app = start(db, true, "--credittown.tenants.provisioning.skip-unchanged=false",
                    "--credittown.tenants.provisioning.parallelism=1");
            figures.put("startNFull", progress.done());
            figures.put("startNFullCpu", progress.lastCpu());
            progress.phase("5/5 idle heap, " + tenants + " tenants, after provisioning every tenant again");
            heap(figures, "heapNFull", "idle, " + tenants + " tenants (start-up provisioned them again)");
            progress.done();
            app.close();
            phases = progress.table();
        }

        growth("heap34", "heapN", tenants - 34, "tenant");
        growth("heapN", "heapAnonymous", sessions, "session");
        growth("heapAnonymous", "heapOfficers", Math.max(1, officers.opened()), "session");
        double perTenant = (figures.get("heapN") - figures.get("heap34")) / (tenants - 34);
        double perTenantFull = (figures.get("heapNFull") - figures.get("heap34")) / (tenants - 34);
        double perAnonymous = (figures.get("heapAnonymous") - figures.get("heapN")) / sessions;
        double perOfficer = officers.opened() == 0 ? Double.NaN
                : (figures.get("heapOfficers") - figures.get("heapAnonymous")) / officers.opened();
        double serialMs = figures.get("provisionSerial") * 1000 / (half - 34);
        double parallelMs = figures.get("provisionParallel") * 1000 / (tenants - half);
        line("| what | figure |");
        line("| --- | ---: |");
        line("| start-up, fresh database, 34 tenants provisioned during it (cold JVM) | %.1f s |", figures.get("start34Cold"));
        line("| start-up, 34 tenants provisioned (warm JVM) | %.1f s |", figures.get("start34"));
        line("| provisioning %d new tenants one at a time (Keycloak skipped for them) | %.1f s, %.1f s CPU (%.0f ms per tenant) |",
                half - 34, figures.get("provisionSerial"), figures.get("provisionSerialCpu"), serialMs);
        line("| provisioning %d new tenants %d at a time (Keycloak skipped for them) | %.1f s, %.1f s CPU (%.0f ms per tenant; one at a time took %.2f× as long per tenant) |",
                tenants - half, parallelism, figures.get("provisionParallel"), figures.get("provisionParallelCpu"),
                parallelMs, serialMs / parallelMs);
        line("| start-up, %d tenants provisioned, unchanged ones skipped (warm JVM) | %.1f s, %.1f s CPU |", tenants,
                figures.get("startN"), figures.get("startNCpu"));
        line("| start-up, %d tenants provisioned, every one provisioned again one at a time (as before the fingerprint) | %.1f s, %.1f s CPU (%.1f× / %.1f× the start-up that skips) |",
                tenants, figures.get("startNFull"), figures.get("startNFullCpu"),
                figures.get("startNFull") / figures.get("startN"), figures.get("startNFullCpu") / figures.get("startNCpu"));
        line("| heap after GC, idle, 34 tenants | %.1f MB |", figures.get("heap34") / 1e6);
        line("| heap after GC, idle, %d tenants (start-up skipped them) | %.1f MB |", tenants, figures.get("heapN") / 1e6);
        line("| heap after GC, idle, %d tenants (start-up provisioned them again) | %.1f MB |", tenants,
                figures.get("heapNFull") / 1e6);
        line("| heap per idle tenant ((%d − 34 figures) / %d), skipped / provisioned again at start-up | %.0f KB / %.0f KB (target ≤ 256 KB) |",
                tenants, tenants - 34, perTenant / 1024, perTenantFull / 1024);
        line("| heap per anonymous Vaadin session (%d on `public/tenants/humen`) | %.0f KB |", sessions,
                perAnonymous / 1024);
        line("| heap per signed-in Vaadin session (%d of `humen.officer` on `tenants/humen/tasks`) | %s |",
                officers.opened(), Double.isNaN(perOfficer) ? "not measured" : String.format(Locale.ROOT,
                        "%.0f KB (target ≤ 150 KB)", perOfficer / 1024));
        if (signedInError != null) {
            line("%nSigned-in sessions stopped after %d: `%s`", officers.opened(), signedInError);
        }
        String result = String.format(Locale.ROOT, "Java %s, %s; heap after GC = MemoryMXBean used heap after two "
                        + "System.gc() and 2 s idle; the class histograms' differences, every class, in "
                        + "`ui/target/heap-growth-*.md`.%n%n", System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default heap")) + lines
                + "\nPhases (CPU time: this JVM's, all threads; load average from /proc/loadavg when each started):\n\n"
                + phases;
        System.out.println(result);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-tenants.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, result);
    }

    /** Starts the application; the settings as command-line arguments, which win over application-postgres.yml. */
    static ConfigurableApplicationContext start(String db, boolean provisionOnStartup, String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:"
                        + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + db,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--logging.level.root=WARN", "--credittown.tenants.provision-on-startup=" + provisionOnStartup,
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(CreditTownApplication.class, ScaledTenants.class)
                .profiles("postgres")
                .run(args.toArray(String[]::new));
    }

    private static void provision(ConfigurableApplicationContext app) {
        ProvisioningReport report = app.getBean(TenantProvisioner.class).provisionAll();
        if (!report.failures().isEmpty()) {
            throw new AssertionError("provisioning failed: " + report.failures());
        }
    }

    /** Measures the idle heap and prints it at once, so a run that fails later still leaves the figure. */
    private static void heap(Map<String, Double> figures, String key, String what) throws InterruptedException {
        double heap = idleHeap();
        figures.put(key, heap);
        System.out.printf(Locale.ROOT, "BENCH heap after GC, %s: %.1f MB (load average %s)%n", what, heap / 1e6,
                BenchProgress.loadAverage());
        HeapHistogram.write(key);
    }

    /**
     * Writes the growth between two of the class histograms, every class ({@link HeapGrowth}), to
     * {@code heap-growth-<from>-<to>.md} beside the result. The sessions' growth is within one application context; the
     * tenants' spans closed contexts (see {@link TenantHeapBenchmark} for the per-tenant figure without them).
     */
    private static void growth(String from, String to, int units, String unit) throws java.io.IOException {
        Path dir = Path.of(System.getProperty("bench.out", "target/benchmark-tenants.md")).toAbsolutePath().getParent();
        Path before = dir.resolve("heap-histogram-" + from + ".txt");
        Path after = dir.resolve("heap-histogram-" + to + ".txt");
        if (Files.exists(before) && Files.exists(after)) {
            Files.writeString(dir.resolve("heap-growth-" + from + "-" + to + ".md"), new HeapGrowth(
                    HeapHistogram.rows(Files.readString(before)), HeapHistogram.rows(Files.readString(after)))
                    .table(units, unit, Integer.MAX_VALUE));
        }
    }

    /** Fails the run unless the server holds one more UI per session opened: the sessions are real. */
    private static void uisOpened(ConfigurableApplicationContext app, int before, int opened) {
        int now = LiveUis.count(app);
        System.out.printf(Locale.ROOT, "BENCH Vaadin UIs on the server: %d before, %d after %d sessions%n", before,
                now, opened);
        if (now - before != opened) {
            throw new AssertionError(opened + " sessions opened, but the server's UIs went from " + before + " to " + now);
        }
    }

    private static double idleHeap() throws InterruptedException {
        Thread.sleep(2000);
        System.gc();
        Thread.sleep(500);
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double seconds(long began) {
        return (System.nanoTime() - began) / 1e9;
    }

    private void line(String format, Object... args) {
        lines.append(String.format(Locale.ROOT, format, args)).append('\n');
        System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
    }
}
