package com.credittown.workflows.design;

import java.util.List;

/**
 * One card of the chain. What it holds depends on its kind: an approval has an assignee, a deadline and the fields it
 * shows and lets edit; a copy-to has the recipients it notifies; a parallel or condition block has branches.
 *
 * @param deadlineWorkingDays working days on the city calendar from the step's start; null for no deadline
 */
public record DesignStep(String id, StepKind kind, String name, Assignee assignee, Integer deadlineWorkingDays,
                         List<String> visibleFields, List<String> editableFields, List<Branch> branches) {

    public DesignStep {
        visibleFields = visibleFields == null ? List.of() : List.copyOf(visibleFields);
        editableFields = editableFields == null ? List.of() : List.copyOf(editableFields);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    /** Every field the step shows: those it may see and those it may edit (an editable field is always seen). */
    public java.util.Set<String> shownFields() {
        java.util.Set<String> shown = new java.util.LinkedHashSet<>(visibleFields);
        shown.addAll(editableFields);
        return shown;
    }

    /** Whether the step shows this field but may not change it: the task dialog shows it read-only. */
    public boolean isReadOnly(String fieldKey) {
        return visibleFields.contains(fieldKey) && !editableFields.contains(fieldKey);
    }

    public static DesignStep approval(String id, String name, Assignee assignee, Integer days, List<String> editable) {
        return new DesignStep(id, StepKind.APPROVAL, name, assignee, days, editable, editable, List.of());
    }

    public static DesignStep copyTo(String id, String name, Assignee recipient) {
        return new DesignStep(id, StepKind.COPY_TO, name, recipient, null, List.of(), List.of(), List.of());
    }

    public static DesignStep parallel(String id, String name, List<Branch> branches) {
        return new DesignStep(id, StepKind.PARALLEL, name, null, null, List.of(), List.of(), branches);
    }

    public static DesignStep condition(String id, String name, List<Branch> branches) {
        return new DesignStep(id, StepKind.CONDITION, name, null, null, List.of(), List.of(), branches);
    }

    /** What a step is. */
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

    /** Who a step is for. */
    public record Assignee(AssigneeKind kind, String value) {

        /** Flowable's candidate group for a role or department, or null for a named user. */
        public String candidateGroup() {
            return switch (kind) {
                case ROLE -> value;
                case DEPARTMENT -> com.credittown.platform.identity.Roles.departmentGroup(value);
                case USER -> null;
            };
        }

        /** How the assignee reads in a simulation or a list: {@code group officer} / {@code user li.si}. */
        public String describe() {
            return kind == AssigneeKind.USER ? "user " + value : "group " + candidateGroup();
        }
    }

    /** How a step's assignee is chosen. */
    public enum AssigneeKind { ROLE, DEPARTMENT, USER }

    /** One branch of a block: its steps and, in a condition block, its condition (none for the default branch). */
    public record Branch(String name, Condition condition, List<DesignStep> steps) {
        public Branch {
            steps = steps == null ? List.of() : List.copyOf(steps);
        }
    }

    /** A condition on one form field. */
    public record Condition(String field, Operator operator, String value) {
    }

    /** How a condition compares the field's value. */
    public enum Operator { EQUALS, GREATER_THAN, LESS_THAN, IS_EMPTY }
}
