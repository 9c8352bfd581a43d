package com.credittown.platform.credit.rule;

import java.util.Objects;

/** One rule: its id, what it requires, what a refused subject is told, and why. */
public record Rule(String id, Condition condition, Text message, Basis basis) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, () -> "rule " + id + ": condition");
        Objects.requireNonNull(message, () -> "rule " + id + ": message");
        Objects.requireNonNull(basis, () -> "rule " + id + ": basis");
    }
}
