package com.credittown.workflows.design;

/** What a step of the chain ({@link DesignStep}) is. */
public enum StepKind {
    /** A user task: someone decides, with the step's form. */
    APPROVAL,
    /** A notice to a role, department or person: no task, nothing to decide. */
    COPY_TO,
    /** Branches that all run at once; the chain continues when every branch is done. */
    PARALLEL,
    /** Branches with conditions on form fields; the first that holds runs, else the default branch. */
    CONDITION
}
