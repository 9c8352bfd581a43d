package com.credittown.workflows.template;

/**
 * An approval step a tenant inserts into a city template (加签/会审): an internal review by one of its roles or
 * departments, with a deadline in working days. Its reviewers record their opinion; the template's decisions stay
 * with the template's own steps.
 *
 * @param position the sequence flow of the template it is inserted on (one of the city's positions)
 */
public record ExtraStep(String id, String name, String position, CandidateKind candidateKind, String candidate,
                        Integer deadlineWorkingDays) {

    /** The form every inserted step shows: the reviewer's opinion. */
    public static final String FORM_KEY = "template-extra-step";

    /** Who may take the step. */
    public enum CandidateKind { ROLE, DEPARTMENT }

    /** The Flowable candidate group: the role itself, or {@code department:<code>}. */
    public String candidateGroup() {
        return candidateKind == CandidateKind.DEPARTMENT
                ? com.credittown.platform.identity.Roles.departmentGroup(candidate) : candidate;
    }
}
