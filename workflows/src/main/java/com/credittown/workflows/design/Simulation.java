package com.credittown.workflows.design;

import java.time.LocalDate;
import java.util.List;

/**
 * A dry run of a design with sample form data: the steps a case reaches in order, who gets each, and when each
 * deadline falls on the city calendar; and, for a diagram from the modeler, what the run could not decide on paper.
 *
 * @param startedOn the day the simulated case starts
 * @param notes     what the simulation could not follow or decide (none for a chain): it stops there, it never guesses
 */
public record Simulation(LocalDate startedOn, List<SimulatedStep> steps, List<SimulationNote> notes) {

    public Simulation {
        steps = List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Simulation(LocalDate startedOn, List<SimulatedStep> steps) {
        this(startedOn, steps, List.of());
    }
}
