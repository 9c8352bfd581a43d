package com.credittown.workflows.design;

/** A condition of a {@link Branch} on one form field. */
public record Condition(String field, Operator operator, String value) {
}
