package com.credittown.platform.web;

/**
 * What is wrong with one field of a request or form.
 *
 * @param code    a stable, machine-readable reason (e.g. {@code required}, {@code too-long}) that user
 *                interfaces translate; {@code invalid} when nothing more specific applies
 * @param message the reason in English, for API clients and logs
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem(String field, String message) {
        this(field, "invalid", message);
    }
}
