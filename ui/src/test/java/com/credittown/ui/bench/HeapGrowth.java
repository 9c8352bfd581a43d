package com.credittown.ui.bench;

import com.credittown.ui.bench.HeapHistogram.Row;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the live heap grew by between two class histograms ({@link HeapHistogram}), every class compared, sorted by
 * bytes, and summed by where the class comes from; divided by the units (tenants, sessions) added in between. A JDK
 * class (strings, maps, arrays) says nothing of its owner: its line is read beside the library classes that grew with
 * it (e.g. as many more {@code HashMap$Node}s as Flowable cache entries).
 */
final class HeapGrowth {

    /** Where a class comes from, by the start of its name; the first that matches. Anything else: other libraries. */
    private static final Map<String, String> ORIGINS = origins();

    private final Map<String, Row> growth = new LinkedHashMap<>();

    HeapGrowth(Map<String, Row> before, Map<String, Row> after) {
        Set<String> classes = new HashSet<>(before.keySet());
        classes.addAll(after.keySet());
        Row none = new Row(0, 0);
        classes.stream()
                .map(name -> Map.entry(name, new Row(after.getOrDefault(name, none).instances()
                        - before.getOrDefault(name, none).instances(),
                        after.getOrDefault(name, none).bytes() - before.getOrDefault(name, none).bytes())))
                .filter(entry -> entry.getValue().bytes() != 0 || entry.getValue().instances() != 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Row> entry) -> -entry.getValue().bytes())
                        .thenComparing(Map.Entry::getKey))
                .forEach(entry -> growth.put(entry.getKey(), entry.getValue()));
    }

    /** Every class that changed, the one that grew most first, the one that shrank most last. */
    Map<String, Row> byClass() {
        return growth;
    }

    long totalBytes() {
        return growth.values().stream().mapToLong(Row::bytes).sum();
    }

    /** The growth summed by origin (Flowable, Spring, JDK, ...), the largest first. */
    Map<String, Row> byOrigin() {
        Map<String, Row> sums = new LinkedHashMap<>();
        growth.forEach((name, row) -> sums.merge(origin(name), row, Row::plus));
        Map<String, Row> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Comparator.comparingLong(entry -> -entry.getValue().bytes()))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /**
     * Markdown: the growth by origin, then the {@code top} classes that grew most and the {@code top / 3} that shrank
     * most, each in all and per unit.
     */
    String table(int units, String unit, int top) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "| origin of the classes | bytes | per %s |%n| --- | ---: | ---: |%n",
                unit));
        byOrigin().forEach((origin, row) -> text.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f B |%n",
                origin, row.bytes(), (double) row.bytes() / units)));
        text.append(String.format(Locale.ROOT, "| all | %,d | %,.0f B |%n%n", totalBytes(),
                (double) totalBytes() / units));
        text.append(String.format(Locale.ROOT, "| class | instances | bytes | instances per %s | bytes per %s |%n"
                + "| --- | ---: | ---: | ---: | ---: |%n", unit, unit));
        List<Map.Entry<String, Row>> rows = List.copyOf(growth.entrySet());
        int grown = (int) rows.stream().filter(entry -> entry.getValue().bytes() > 0).count();
        rows.subList(0, Math.min(top, grown)).forEach(entry -> text.append(row(entry, units)));
        int shrunk = rows.size() - grown;
        if (shrunk > 0) {
            text.append("| … | | | | |\n");
            rows.subList(Math.max(grown, rows.size() - Math.max(1, top / 3)), rows.size())
                    .forEach(entry -> text.append(row(entry, units)));
        }
        return text.toString();
    }

    private static String row(Map.Entry<String, Row> entry, int units) {
        Row row = entry.getValue();
        return String.format(Locale.ROOT, "| `%s` | %,d | %,d | %.2f | %,.0f B |%n", entry.getKey(), row.instances(),
                row.bytes(), (double) row.instances() / units, (double) row.bytes() / units);
    }

    static String origin(String className) {
        String name = className.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
        if (name.length() == 1 || name.indexOf('.') < 0) {
            return "JDK: primitive arrays (strings' bytes, hash tables' slots)";
        }
        return ORIGINS.entrySet().stream().filter(origin -> name.startsWith(origin.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("other libraries");
    }

    private static Map<String, String> origins() {
        Map<String, String> origins = new LinkedHashMap<>();
        origins.put("com.credittown.", "CreditTown");
        origins.put("org.flowable.", "Flowable");
        origins.put("org.apache.ibatis.", "MyBatis (Flowable's mappings)");
        origins.put("org.keycloak.", "Keycloak client");
        origins.put("org.hibernate.", "Hibernate");
        origins.put("org.springframework.", "Spring");
        origins.put("com.vaadin.", "Vaadin");
        origins.put("org.postgresql.", "JDBC (PostgreSQL driver, Hikari)");
        origins.put("com.zaxxer.", "JDBC (PostgreSQL driver, Hikari)");
        origins.put("com.sun.org.apache.xerces.", "XML DOM (Xerces)");
        origins.put("org.apache.xerces.", "XML DOM (Xerces)");
        origins.put("com.fasterxml.jackson.", "Jackson");
        origins.put("java.", "JDK: strings, collections, reflection");
        origins.put("jdk.", "JDK: strings, collections, reflection");
        origins.put("sun.", "JDK: strings, collections, reflection");
        return origins;
    }
}
