package com.credittown.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live heap's classes by bytes (the JVM's {@code GC.class_histogram}: a full collection, then every class with
 * live instances), written beside the benchmark's result next to each heap figure, so that a growth between two
 * figures can be put down to the classes that grew ({@link HeapGrowth}).
 */
final class HeapHistogram {

    /** {@code   12:         34567        1234560  java.lang.String (java.base@17.0.15)}; the module is optional. */
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
    /**
     * What differs from JVM to JVM in the names of generated classes: a hidden class's address ({@code /0x7ff0...}),
     * the number of a lambda ({@code $$Lambda$1343}) or of a JDK proxy ({@code $Proxy81}).
     */
    private static final Pattern GENERATED = Pattern.compile("/0x\\p{XDigit}+$|(?<=\\$\\$Lambda)\\$\\d+|(?<=\\$Proxy)\\d+");

    /** A class's live instances and their bytes (summed over the class loaders that loaded a class of that name). */
    record Row(long instances, long bytes) {

        Row plus(Row other) {
            return new Row(instances + other.instances, bytes + other.bytes);
        }
    }

    private HeapHistogram() {
    }

    /** The live heap's histogram, as the JVM prints it (a full collection first). */
    static String take() throws Exception {
        return ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}).toString();
    }

    /** Writes the histogram, every class, to {@code heap-histogram-<key>.txt} beside the result; null if it failed. */
    static Path write(String key) {
        try {
            Path out = Path.of(System.getProperty("bench.out", "target/benchmark-tenants.md")).toAbsolutePath()
                    .resolveSibling("heap-histogram-" + key + ".txt");
            Files.writeString(out, take());
            System.out.println("BENCH class histogram: " + out);
            return out;
        } catch (Exception e) {
            System.out.println("BENCH no class histogram for " + key + ": " + e);
            return null;
        }
    }

    /**
     * The histogram's rows by class name; the generated classes of one origin (a class's lambdas, the JDK's proxies)
     * summed under one name without their numbers and addresses, so that two JVMs' histograms compare.
     */
    static Map<String, Row> rows(String histogram) {
        Map<String, Row> rows = new HashMap<>();
        histogram.lines().map(ROW::matcher).filter(Matcher::find).forEach(row -> rows.merge(
                GENERATED.matcher(row.group(3)).replaceAll(""),
                new Row(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))), Row::plus));
        return rows;
    }

    /** The histogram's total live bytes (its {@code Total} line), or -1 if it has none. */
    static long totalBytes(String histogram) {
        return histogram.lines().map(TOTAL::matcher).filter(Matcher::find)
                .mapToLong(total -> Long.parseLong(total.group(2))).findFirst().orElse(-1);
    }
}
