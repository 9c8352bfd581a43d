package com.credittown.workflows.form;

import java.util.List;

/**
 * One field of a form.
 *
 * @param requiredWhen another field's value that makes this field required, as {@code field=value}
 *                     (e.g. the legal basis is required when the outcome is {@code breached})
 * @param maxLength    the longest text accepted; text fields default to {@link #DEFAULT_MAX_LENGTH}
 * @param minLength    the shortest text accepted, if any
 * @param pattern      a regular expression the whole text must match, if any
 * @param min          the smallest number accepted, if any
 * @param max          the largest number accepted, if any
 */
public record FormField(
        String key,
        FieldType type,
        LocalizedText label,
        boolean required,
        String requiredWhen,
        Integer maxLength,
        List<FieldChoice> options,
        Integer minLength,
        String pattern,
        java.math.BigDecimal min,
        java.math.BigDecimal max) {

    public static final int DEFAULT_MAX_LENGTH = 2000;

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A field without validation rules beyond its type, maximum length and required flag. */
    public FormField(String key, FieldType type, LocalizedText label, boolean required, String requiredWhen,
                     Integer maxLength, List<FieldChoice> options) {
        this(key, type, label, required, requiredWhen, maxLength, options, null, null, null, null);
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }
}
