package com.credittown.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long benchmark, so that a slow run shows where it is: each phase's start and end (with its wall-clock
 * time and the CPU time this JVM got, which on a shared, loaded machine is the steadier figure), and
 * every {@code bench.progressSeconds} (default 20) while a phase runs, how far the database has got (tenants
 * registered, tenants with Flowable deployments) and the machine's load average. Lines start with {@code BENCH}, which
 * {@code scripts/bench.sh} lets through.
 */
final class BenchProgress implements AutoCloseable {

    private final String jdbcUrl;
    private final long began = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bench-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final StringBuilder phases = new StringBuilder(
            "| phase | time | CPU time of this JVM | load average at its start |\n| --- | ---: | ---: | --- |\n");
    private volatile String phase = "setting up";
    private volatile String phaseLoad = "";
    private volatile double lastCpu;
    private volatile long phaseBegan = System.nanoTime();
    private volatile long phaseCpuBegan = cpuNanos();

    BenchProgress(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        long every = Long.getLong("bench.progressSeconds", 20);
        ticker.scheduleAtFixedRate(this::tick, every, every, TimeUnit.SECONDS);
    }

    /** Starts a phase (ending the one before). */
    void phase(String name) {
        phase = name;
        phaseBegan = System.nanoTime();
        phaseLoad = loadAverage();
        phaseCpuBegan = cpuNanos();
        print("phase started: %s (load average %s)", name, loadAverage());
    }

    /** Ends the current phase; returns its time in seconds. */
    double done() {
        double seconds = (System.nanoTime() - phaseBegan) / 1e9;
        double cpu = (cpuNanos() - phaseCpuBegan) / 1e9;
        lastCpu = cpu;
        print("phase done: %s in %.1f s (%.1f s CPU time of this JVM)", phase, seconds, cpu);
        phases.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %s |%n", phase, seconds, cpu, phaseLoad));
        phase = "between phases";
        return seconds;
    }

    /** The CPU time of this JVM in the phase {@link #done()} last ended, in seconds. */
    double lastCpu() {
        return lastCpu;
    }

    /** Every phase done so far, as a Markdown table: its time and the load average when it started. */
    String table() {
        return phases.toString();
    }

    private void tick() {
        print("still in %s after %.0f s (%.1f s CPU): %s; load average %s", phase,
                (System.nanoTime() - phaseBegan) / 1e9, (cpuNanos() - phaseCpuBegan) / 1e9, database(), loadAverage());
    }

    private String database() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement statement = connection.createStatement()) {
            long tables = count(statement, "select count(*) from information_schema.tables where table_schema = 'public'");
            if (count(statement, "select count(*) from information_schema.tables where table_schema = 'public' "
                    + "and table_name in ('tenant', 'act_re_deployment')") < 2) {
                return "schema being created (" + tables + " tables so far)";
            }
            return "tenants registered " + count(statement, "select count(*) from tenant")
                    + ", tenants with Flowable deployments "
                    + count(statement, "select count(distinct tenant_id_) from act_re_deployment");
        } catch (Exception e) {
            return "database not readable yet (" + e.getMessage().lines().findFirst().orElse("") + ")";
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** CPU time of this JVM's threads (all of them: the application's, GC, JIT), from the operating system. */
    static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private void print(String format, Object... args) {
        System.out.printf(Locale.ROOT, "BENCH [%s UTC, +%.0f s] %s%n",
                LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), (System.nanoTime() - began) / 1e9,
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
