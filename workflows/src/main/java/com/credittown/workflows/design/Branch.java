package com.credittown.workflows.design;

import java.util.List;

/**
 * One branch of a parallel or condition block ({@link DesignStep}): its steps and, in a condition block, its
 * condition (none for the default branch).
 */
public record Branch(String name, Condition condition, List<DesignStep> steps) {
    public Branch {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
