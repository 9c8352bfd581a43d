package com.credittown.ui.bench;

import com.credittown.CreditTownApplication;
import com.credittown.tenants.provisioning.ProvisioningReport;
import com.credittown.tenants.provisioning.TenantProvisioner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 1,000 tenants (issue 18, item 6), on PostgreSQL, in one JVM: the application is started four times in turn (each
 * closed before the next): on a fresh database with the real catalogue (34 tenants, provisioned at start-up); again,
 * warm, with the 34 provisioned (start-up time, idle heap after GC); with the catalogue grown to {@code bench.tenants}
 * ({@link ScaledTenants}) and provisioning timed by calling the provisioner; again with them all provisioned
 * (start-up time, idle heap after GC), then {@code bench.sessions} anonymous Vaadin sessions on a public page and as
 * many signed-in officer sessions on the task list ({@link VaadinSessions}), the heap after GC measured after each.
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

        String url = "jdbc:postgresql://127.0.0.1:" + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + db;
        String phases;
        try (BenchProgress progress = new BenchProgress(url)) {
            ScaledTenants.total = 0;
            progress.phase("1/4 start-up on the fresh database, 34 tenants provisioned during it");
            ConfigurableApplicationContext app = start(db, true);
            figures.put("start34Cold", progress.done());
            app.close();

            progress.phase("2/4 start-up, 34 tenants provisioned");
            app = start(db, true);
            figures.put("start34", progress.done());
            progress.phase("2/4 idle heap, 34 tenants");
            figures.put("heap34", idleHeap());
            progress.done();
            app.close();

            ScaledTenants.total = tenants;
            progress.phase("3/4 start-up with " + tenants + " in the catalogue, provisioning at start-up off");
            app = start(db, false);
            progress.done();
            progress.phase("3/4 provisioning " + tenants + " tenants (" + (tenants - 34) + " new)");
            ProvisioningReport report = app.getBean(TenantProvisioner.class).provisionAll();
            figures.put("provision", progress.done());
            if (!report.failures().isEmpty()) {
                throw new AssertionError("provisioning failed: " + report.failures());
            }
            app.close();

            progress.phase("4/4 start-up, " + tenants + " tenants provisioned");
            app = start(db, true);
            figures.put("startN", progress.done());
            progress.phase("4/4 idle heap, " + tenants + " tenants");
            figures.put("heapN", idleHeap());
            progress.done();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            progress.phase("4/4 " + sessions + " anonymous Vaadin sessions");
            VaadinSessions anonymous = new VaadinSessions(port);
            for (int i = 0; i < sessions; i++) {
                anonymous.openPublic("public/tenants/humen");
            }
            figures.put("heapAnonymous", idleHeap());
            progress.done();
            progress.phase("4/4 " + sessions + " signed-in Vaadin sessions");
            officers = new VaadinSessions(port);
            try {
                for (int i = 0; i < sessions; i++) {
                    officers.openSignedIn("tenants/humen/tasks", "humen.officer", "demo1234");
                }
            } catch (RuntimeException e) {
                signedInError = e.getMessage();
            }
            figures.put("heapOfficers", idleHeap());
            progress.done();
            app.close();
            phases = progress.table();
        }

        double perTenant = (figures.get("heapN") - figures.get("heap34")) / (tenants - 34);
        double perAnonymous = (figures.get("heapAnonymous") - figures.get("heapN")) / sessions;
        double perOfficer = officers.opened() == 0 ? Double.NaN
                : (figures.get("heapOfficers") - figures.get("heapAnonymous")) / officers.opened();
        line("| what | figure |");
        line("| --- | ---: |");
        line("| start-up, fresh database, 34 tenants provisioned during it (cold JVM) | %.1f s |", figures.get("start34Cold"));
        line("| start-up, 34 tenants provisioned (warm JVM) | %.1f s |", figures.get("start34"));
        line("| provisioning %d tenants (34 already done, %d new; Keycloak skipped for the new) | %.1f s (%.0f ms per new tenant) |",
                tenants, tenants - 34, figures.get("provision"), figures.get("provision") * 1000 / (tenants - 34));
        line("| start-up, %d tenants provisioned (warm JVM) | %.1f s |", tenants, figures.get("startN"));
        line("| heap after GC, idle, 34 tenants | %.1f MB |", figures.get("heap34") / 1e6);
        line("| heap after GC, idle, %d tenants | %.1f MB |", tenants, figures.get("heapN") / 1e6);
        line("| heap per idle tenant ((%d − 34 figures) / %d) | %.0f KB (target ≤ 256 KB) |", tenants, tenants - 34,
                perTenant / 1024);
        line("| heap per anonymous Vaadin session (%d on `public/tenants/humen`) | %.0f KB |", sessions,
                perAnonymous / 1024);
        line("| heap per signed-in Vaadin session (%d of `humen.officer` on `tenants/humen/tasks`) | %s |",
                officers.opened(), Double.isNaN(perOfficer) ? "not measured" : String.format(Locale.ROOT,
                        "%.0f KB (target ≤ 150 KB)", perOfficer / 1024));
        if (signedInError != null) {
            line("%nSigned-in sessions stopped after %d: `%s`", officers.opened(), signedInError);
        }
        String result = String.format(Locale.ROOT, "Java %s, %s; heap after GC = MemoryMXBean used heap after two "
                        + "System.gc() and 2 s idle.%n%n", System.getProperty("java.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("-Xmx")).findFirst().orElse("default heap")) + lines
                + "\nPhases (load average from /proc/loadavg when each started):\n\n" + phases;
        System.out.println(result);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-tenants.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, result);
    }

    /** Starts the application; the settings as command-line arguments, which win over application-postgres.yml. */
    private static ConfigurableApplicationContext start(String db, boolean provisionOnStartup) {
        return new SpringApplicationBuilder(CreditTownApplication.class, ScaledTenants.class)
                .profiles("postgres")
                .run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:"
                                + System.getenv().getOrDefault("CT_PG_PORT", "5432") + "/" + db,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                        "--logging.level.root=WARN", "--credittown.tenants.provision-on-startup=" + provisionOnStartup,
                        "--spring.main.banner-mode=off");
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
