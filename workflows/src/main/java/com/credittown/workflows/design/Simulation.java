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
public record Simulation(LocalDate startedOn, List<Reached> steps, List<Note> notes) {

    public Simulation {
        steps = List.copyOf(steps);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Simulation(LocalDate startedOn, List<Reached> steps) {
        this(startedOn, steps, List.of());
    }

    /**
     * One step the case reaches.
     *
     * @param branch   the branch it runs in ({@code null} on the main chain), e.g. {@code 金额大于1万}
     * @param assignee {@code group officer}, {@code group department:tax} or {@code user li.si}
     * @param dueOn    the last working day of the step's deadline, if it has one
     * @param flagged  the date rests on a year with no calendar entered (Monday to Friday assumed)
     */
    public record Reached(String stepId, String name, DesignStep.StepKind kind, String branch, String assignee,
                          Integer deadlineWorkingDays, LocalDate dueOn, boolean flagged) {
    }

    /**
     * Something in the diagram the simulation did not decide.
     *
     * @param elementId the BPMN element concerned
     * @param code      a stable reason the UI translates: {@code condition-not-evaluable}, {@code no-way-out},
     *                  {@code not-simulated}, {@code join-incomplete}, {@code loop}, {@code due-date-not-evaluable},
     *                  {@code malformed}
     * @param message   in English, with the element and the expression concerned
     */
    public record Note(String elementId, String elementName, String code, String message) {
    }
}
