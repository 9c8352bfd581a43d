package com.credittown.workflows.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tenant may change in the steps of a city template, as the city's data
 * ({@code templates/<process>.steps.json}, beside the template's parameters): which steps the city office locks (never
 * removed or reordered; their deadline is a locked parameter), which optional steps a tenant may remove, at which
 * positions (sequence flows of the template) a tenant may insert its own approval steps, which positions are
 * forbidden and why, and the totals the city locks for a window of the process (e.g. a repair result within 10 working
 * days of acceptance, the department review and any inserted step together).
 */
public record TemplateStructure(String process, Map<String, LockedStep> locked, Map<String, OptionalStep> optional,
                                List<Position> positions, Map<String, String> forbiddenPositions,
                                List<DeadlineLimit> deadlineLimits) {

    public TemplateStructure {
        locked = locked == null ? Map.of() : Map.copyOf(locked);
        optional = optional == null ? Map.of() : Map.copyOf(optional);
        positions = positions == null ? List.of() : List.copyOf(positions);
        forbiddenPositions = forbiddenPositions == null ? Map.of() : Map.copyOf(forbiddenPositions);
        deadlineLimits = deadlineLimits == null ? List.of() : List.copyOf(deadlineLimits);
    }

    /** A template without structural freedom: nothing optional, nowhere to insert. */
    static TemplateStructure fixed(String process) {
        return new TemplateStructure(process, Map.of(), Map.of(), List.of(), Map.of(), List.of());
    }

    public Optional<Position> position(String flow) {
        return positions.stream().filter(p -> p.flow().equals(flow)).findFirst();
    }
}
