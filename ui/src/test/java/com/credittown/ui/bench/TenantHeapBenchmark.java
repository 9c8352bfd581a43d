package com.credittown.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Heap per idle tenant (issue 18, item 6; target ≤ 256 KB), each figure in a JVM of its own: the benchmark forks
 * {@link TenantHeapPhase} with {@code java} (this JVM's class path and heap settings) for every phase, against one
 * PostgreSQL database that grows: the real catalogue (34 tenants) provisioned, then for each count of
 * {@code bench.heapTenants} (ascending, e.g. {@code 34,100,300}) the catalogue grown to it ({@link ScaledTenants}) and
 * the new tenants provisioned, then {@code bench.heapRepeats} JVMs started as in production (unchanged tenants
 * skipped) whose idle heap after full collections is measured with the live heap's class histogram. Heap per idle
 * tenant = (heap(M) − heap(N)) / (M − N), with no closed application context on either heap; the histograms' difference
 * (every class, {@link HeapGrowth}) says what the tenants' bytes are. The provisioning phases also give each step's
 * share of the time ({@link StepTimes}): for the 34 real tenants, Keycloak's organisation and users among them.
 */
@Tag("benchmark")
class TenantHeapBenchmark {

    private static final String KEYCLOAK_STEP = "keycloak";

    private final StringBuilder lines = new StringBuilder();
    private final StringBuilder phases = new StringBuilder(
            "| JVM | phase | time | CPU time of that JVM | load average at its start |\n| --- | --- | ---: | ---: | --- |\n");
    private Path dir;

    @Test
    void heapPerIdleTenant() throws Exception {
        List<Integer> counts = Arrays.stream(System.getProperty("bench.heapTenants", "34,100,300").split(","))
                .map(String::trim).map(Integer::valueOf).sorted().toList();
        int repeats = Integer.getInteger("bench.heapRepeats", 1);
        int parallelism = Integer.getInteger("bench.parallelism", 4);
        String db = System.getProperty("bench.db", "credittown_bench_tenantheap");
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark-tenant-heap.md")).toAbsolutePath();
        dir = out.getParent().resolve("tenant-heap");
        Files.createDirectories(dir);
        if (counts.get(0) < 34) {
            throw new IllegalArgumentException("bench.heapTenants starts at 34 (the real catalogue): " + counts);
        }

        List<Properties> provisioning = new ArrayList<>();
        provisioning.add(fork("provision", 34, db, parallelism, "provision-34"));
        Map<Integer, List<Properties>> idle = new LinkedHashMap<>();
        int provisioned = 34;
        for (int count : counts) {
            if (count > provisioned) {
                provisioning.add(fork("provision", count, db, parallelism, "provision-" + count));
                provisioned = count;
            }
            for (int run = 1; run <= repeats; run++) {
                idle.computeIfAbsent(count, key -> new ArrayList<>())
                        .add(fork("idle", count, db, parallelism, "idle-" + count + "-" + run));
            }
        }

        line("Heap after GC, each figure in a JVM of its own (`java %s`, forked by the benchmark): used heap "
                        + "(MemoryMXBean, after full collections until two agree within 256 KB) and live bytes (the "
                        + "class histogram's total); start-up of a cold JVM, as in production (unchanged tenants "
                        + "skipped).%n",
                heapSettings().stream().filter(a -> a.startsWith("-Xm")).collect(Collectors.joining(" ")));
        line("| tenants | JVM | start-up | used heap after GC | live bytes (histogram) | process definitions cached |");
        line("| ---: | --- | ---: | ---: | ---: | ---: |");
        idle.forEach((count, runs) -> {
            for (int run = 0; run < runs.size(); run++) {
                Properties phase = runs.get(run);
                line("| %d | %d of %d | %.1f s, %.1f s CPU | %.1f MB | %.1f MB | %s |", count, run + 1, runs.size(),
                        number(phase, "startSeconds"), number(phase, "startCpu"), number(phase, "heapUsed") / 1e6,
                        number(phase, "histogramTotal") / 1e6, phase.getProperty("definitionCache"));
            }
        });
        line("");
        line("| heap per idle tenant | used heap after GC | live bytes (histogram) |");
        line("| --- | ---: | ---: |");
        List<Integer> measured = List.copyOf(idle.keySet());
        for (int i = 1; i < measured.size(); i++) {
            perTenant(idle, measured.get(i - 1), measured.get(i));
        }
        if (measured.size() > 2) {
            perTenant(idle, measured.get(0), measured.get(measured.size() - 1));
        }
        line("");

        provisioningTable(provisioning);
        if (measured.size() > 1) {
            int first = measured.get(0);
            int last = measured.get(measured.size() - 1);
            HeapGrowth growth = new HeapGrowth(histogram(idle.get(first).get(0)), histogram(idle.get(last).get(0)));
            Files.writeString(dir.resolve("growth-" + first + "-" + last + ".md"),
                    growth.table(last - first, "tenant", Integer.MAX_VALUE));
            line("What the live heap grew by from %d to %d tenants (first JVM of each; the histograms' difference, "
                    + "every class; in full in `ui/target/tenant-heap/growth-%d-%d.md`):%n", first, last, first, last);
            lines.append(growth.table(last - first, "tenant", 25));
        }
        String result = lines + "\nPhases (each JVM's CPU time, all its threads; load average from /proc/loadavg "
                + "when each started):\n\n" + phases;
        System.out.println(result);
        Files.writeString(out, result);
    }

    private void perTenant(Map<Integer, List<Properties>> idle, int from, int to) {
        line("| %d → %d tenants ((heap(%d) − heap(%d)) / %d; first JVM of each) | %.1f KB | %.1f KB |", from, to, to,
                from, to - from, (number(idle.get(to).get(0), "heapUsed") - number(idle.get(from).get(0), "heapUsed"))
                        / (to - from) / 1024,
                (number(idle.get(to).get(0), "histogramTotal") - number(idle.get(from).get(0), "histogramTotal"))
                        / (to - from) / 1024);
    }

    /** Provisioning per phase, and each step's share of the time (threads' summed time) in the first one. */
    private void provisioningTable(List<Properties> provisioning) {
        line("| provisioning (%s at a time) | tenants | time | CPU time of that JVM | per tenant |",
                System.getProperty("bench.parallelism", "4"));
        line("| --- | ---: | ---: | ---: | ---: |");
        for (Properties phase : provisioning) {
            int tenants = (int) number(phase, "provisioned");
            line("| up to %s tenants | %d | %.1f s | %.1f s | %.0f ms |", phase.getProperty("tenants"), tenants,
                    number(phase, "provisionSeconds"), number(phase, "provisionCpu"),
                    number(phase, "provisionSeconds") * 1000 / Math.max(1, tenants));
        }
        line("");
        Properties real = provisioning.get(0);
        Map<String, double[]> steps = new LinkedHashMap<>();
        real.stringPropertyNames().stream().filter(key -> key.startsWith("step.") && key.endsWith(".nanos")).sorted()
                .forEach(key -> {
                    String step = key.substring("step.".length(), key.length() - ".nanos".length());
                    steps.put(step, new double[] {number(real, "step." + step + ".calls"), number(real, key)});
                });
        double all = steps.values().stream().mapToDouble(time -> time[1]).sum();
        line("Steps of the provisioning of the 34 real tenants (summed over the %s threads; `prepare` = the city-wide "
                + "preparation, once per run):%n", System.getProperty("bench.parallelism", "4"));
        line("| step | calls | time | per call | share |");
        line("| --- | ---: | ---: | ---: | ---: |");
        steps.forEach((step, time) -> line("| %s%s | %.0f | %.1f s | %.0f ms | %.0f %% |", step,
                step.endsWith(KEYCLOAK_STEP) ? " (Keycloak)" : "", time[0], time[1] / 1e9, time[1] / 1e6 / time[0],
                100 * time[1] / all));
        line("");
    }

    /** Runs one phase in a JVM of its own; its output goes to a log, its {@code BENCH} lines also here. */
    private Properties fork(String mode, int tenants, String db, int parallelism, String name) throws Exception {
        Path result = dir.resolve(name + ".properties");
        Path log = dir.resolve(name + ".log");
        Files.deleteIfExists(result);
        List<String> arguments = new ArrayList<>(heapSettings());
        arguments.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), TenantHeapPhase.class.getName(), mode,
                String.valueOf(tenants), db, String.valueOf(parallelism), result.toString()));
        Path argFile = dir.resolve(name + ".args");
        Files.writeString(argFile, arguments.stream().map(argument -> "\"" + argument + "\"")
                .collect(Collectors.joining("\n")));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "BENCH [%s] forking a JVM (load average %s)%n", name,
                BenchProgress.loadAverage());
        Process process = new ProcessBuilder(java, "@" + argFile).redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer logged = Files.newBufferedWriter(log)) {
            for (String text = output.readLine(); text != null; text = output.readLine()) {
                logged.write(text + "\n");
                if (text.startsWith("BENCH ")) {
                    System.out.println("BENCH [" + name + "] " + text.substring("BENCH ".length()));
                }
            }
        }
        if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0 || !Files.exists(result)) {
            process.destroyForcibly();
            throw new AssertionError("phase " + name + " failed; see " + log);
        }
        Properties phase = new Properties();
        try (Reader reader = Files.newBufferedReader(result)) {
            phase.load(reader);
        }
        phase.setProperty("tenants", String.valueOf(tenants));
        phase.getProperty("phases").lines().skip(2)
                .forEach(row -> phases.append("| ").append(name).append(' ').append(row).append('\n'));
        return phase;
    }

    /** This JVM's heap and -D settings (surefire's argLine), for the forked JVMs. */
    private static List<String> heapSettings() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xm") || argument.startsWith("-D")).toList();
    }

    private static Map<String, HeapHistogram.Row> histogram(Properties phase) throws Exception {
        return HeapHistogram.rows(Files.readString(Path.of(phase.getProperty("histogram"))));
    }

    private static double number(Properties phase, String key) {
        String value = phase.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        lines.append(text).append('\n');
        System.out.println("BENCH " + text);
    }
}
