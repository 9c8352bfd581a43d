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
}
