package com.credittown.workflows.template;

import java.util.List;

/**
 * A tenant's changes to the steps of a city template: its own approval steps inserted at the positions the city
 * opened, and the optional steps it leaves out. Empty means the city's steps as they are.
 */
public record StepChanges(List<ExtraStep> inserted, List<String> removed) {

    public static final StepChanges NONE = new StepChanges(List.of(), List.of());

    public StepChanges {
        inserted = inserted == null ? List.of() : List.copyOf(inserted);
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    public boolean isEmpty() {
        return inserted.isEmpty() && removed.isEmpty();
    }

    /** The tenant's steps inserted at one position, in the order they run. */
    public List<ExtraStep> insertedAt(String flow) {
        return inserted.stream().filter(step -> flow.equals(step.position())).toList();
    }
}
