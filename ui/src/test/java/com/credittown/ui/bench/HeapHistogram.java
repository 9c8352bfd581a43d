package com.credittown.ui.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javax.management.ObjectName;

/**
 * The live heap's classes by bytes (the JVM's {@code GC.class_histogram}, top 60), written beside the benchmark's
 * result next to each heap figure, so a growth between two figures can be put down to the classes that grew.
 */
final class HeapHistogram {

    private HeapHistogram() {
    }

    static void write(String key) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Path out = Path.of(System.getProperty("bench.out", "target/benchmark-tenants.md")).toAbsolutePath()
                    .resolveSibling("heap-histogram-" + key + ".txt");
            Files.writeString(out, text.toString().lines().limit(64).collect(Collectors.joining("\n")));
            System.out.println("BENCH class histogram: " + out);
        } catch (Exception e) {
            System.out.println("BENCH no class histogram for " + key + ": " + e);
        }
    }
}
