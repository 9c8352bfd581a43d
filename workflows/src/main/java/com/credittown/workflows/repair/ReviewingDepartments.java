package com.credittown.workflows.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which department reviews a record (谁认定、谁修复): the template parameter {@code reviewingDepartments} lists
 * {@code 部门名称=code} pairs; a record's deciding department maps to the group {@code department:<code>} of the
 * longest listed name it contains (so 东莞市市场监督管理局 and 市场监督管理局 both map to market-supervision).
 * A department not in the list is reviewed by the single window itself (group {@code officer}).
 */
final class ReviewingDepartments {

    static final String FALLBACK_GROUP = "officer";
    static final String GROUP_PREFIX = "department:";

    private final List<Entry> entries;

    private ReviewingDepartments(List<Entry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> e.name().length()).reversed())
                .toList();
    }

    /** Reads the parameter's value ({@code name=code} texts); a malformed entry is a template error. */
    static ReviewingDepartments of(Object parameterValue) {
        List<Entry> entries = new ArrayList<>();
        if (parameterValue instanceof Collection<?> list) {
            for (Object item : list) {
                String text = String.valueOf(item);
                int eq = text.indexOf('=');
                if (eq <= 0 || eq == text.length() - 1) {
                    throw new IllegalStateException("reviewingDepartments: '" + text + "' is not written name=code");
                }
                entries.add(new Entry(text.substring(0, eq).strip(), text.substring(eq + 1).strip()));
            }
        } else if (parameterValue != null) {
            throw new IllegalStateException("reviewingDepartments must be a list of name=code texts");
        }
        return new ReviewingDepartments(entries);
    }

    /** The candidate group that reviews records decided by this department. */
    String groupOf(String department) {
        if (department == null) {
            return FALLBACK_GROUP;
        }
        String name = department.strip();
        return entries.stream().filter(e -> name.contains(e.name())).findFirst()
                .map(e -> GROUP_PREFIX + e.code()).orElse(FALLBACK_GROUP);
    }

    private record Entry(String name, String code) {
    }
}
