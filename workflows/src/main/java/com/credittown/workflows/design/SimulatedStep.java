package com.credittown.workflows.design;

import java.time.LocalDate;

/**
 * One step the case reaches.
 *
 * @param branch   the branch it runs in ({@code null} on the main chain), e.g. {@code 金额大于1万}
 * @param assignee {@code group officer}, {@code group department:tax} or {@code user li.si}
 * @param dueOn    the last working day of the step's deadline, if it has one
 * @param flagged  the date rests on a year with no calendar entered (Monday to Friday assumed)
 */
public record SimulatedStep(String stepId, String name, StepKind kind, String branch, String assignee,
                      Integer deadlineWorkingDays, LocalDate dueOn, boolean flagged) {
}
