package com.credittown.workflows.form;

/** One option of a choice field. */
public record FieldChoice(String value, LocalizedText label) {
}
