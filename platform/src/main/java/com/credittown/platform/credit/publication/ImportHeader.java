package com.credittown.platform.credit.publication;

import com.credittown.platform.web.FieldProblem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where each column is in a file, read from its header row (names trimmed, any case, in any order). */
final class ImportHeader {

    private final Map<ImportColumn, Integer> positions;
    private final List<String> names;

    private ImportHeader(Map<ImportColumn, Integer> positions, List<String> names) {
        this.positions = positions;
        this.names = List.copyOf(names);
    }

    /**
     * Reads the header, or adds the problems to {@code problems}: missing, unknown and duplicated columns, each
     * named.
     */
    static ImportHeader read(List<String> names, List<FieldProblem> problems) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            ImportColumn column = ImportColumn.byHeader(name);
            if (column == null) {
                unknown.add(name.isEmpty() ? "(empty, column " + (i + 1) + ")" : name);
            } else if (positions.putIfAbsent(column, i) != null) {
                duplicated.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            if (column.requiredInHeader() && !positions.containsKey(column)) {
                missing.add(column.header());
            }
        }
        int before = problems.size();
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem("file", "missing-columns",
                    "the header lacks the required column(s) " + String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("file", "unknown-columns", "the header has unknown column(s) "
                    + listed(unknown) + "; the columns are " + allNames()));
        }
        if (!duplicated.isEmpty()) {
            problems.add(new FieldProblem("file", "duplicated-columns",
                    "the header has the column(s) " + listed(duplicated) + " more than once"));
        }
        return problems.size() == before ? new ImportHeader(positions, names) : null;
    }

    private static String allNames() {
        List<String> names = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            names.add(column.header());
        }
        return String.join(", ", names);
    }

    /** How many fields each row must have. */
    int width() {
        return names.size();
    }

    /** The column names as the file writes them, in its order. */
    List<String> names() {
        return names;
    }

    /** The value of the column in the row, "" if the file has no such (optional) column. */
    String value(List<String> fields, ImportColumn column) {
        Integer position = positions.get(column);
        return position == null ? "" : fields.get(position);
    }

    /**
     * Names from the file, as many as a message can hold: the first 10, each cut to 40 characters and with control
     * characters shown as U+XXXX, then how many more (a header of 100,000 columns or of NUL bytes gets a short,
     * readable answer).
     */
    private static String listed(Set<String> names) {
        String shown = names.stream().limit(10).map(ImportHeader::readable).collect(java.util.stream.Collectors
                .joining(", "));
        return names.size() <= 10 ? shown : shown + " and " + (names.size() - 10) + " more";
    }

    private static String readable(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().limit(40).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                text.append(String.format("U+%04X", c));
            } else {
                text.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 40 ? text + "…" : text.toString();
    }
}
