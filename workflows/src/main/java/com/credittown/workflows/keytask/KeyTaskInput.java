package com.credittown.workflows.keytask;

import com.credittown.platform.web.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Checks of what the city office and the tenants send: each problem names its field, nothing is half-applied. */
final class KeyTaskInput {

    private KeyTaskInput() {
    }

    static String required(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required", "is required"));
            return null;
        }
        return optional(field, value, max, problems);
    }

    static String optional(String field, String value, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            problems.add(new FieldProblem(field, "too-long", "at most " + max + " characters"));
        }
        return stripped;
    }

    static LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "required", "is required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "invalid-date", "a date like 2025-12-31"));
            return null;
        }
    }

    static KeyTaskState state(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem("status", "required", "is required"));
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (name.equals(KeyTaskStatus.OVERDUE.name())) {
            problems.add(new FieldProblem("status", "computed", "OVERDUE is computed from the deadline, not set"));
            return null;
        }
        try {
            return KeyTaskState.valueOf(name);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("status", "invalid", "one of NOT_STARTED, IN_PROGRESS, DONE"));
            return null;
        }
    }
}
