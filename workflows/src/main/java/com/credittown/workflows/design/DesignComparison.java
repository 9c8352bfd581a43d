package com.credittown.workflows.design;

import com.credittown.workflows.form.FormField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two versions of a design, step by step and field by field. */
public final class DesignComparison {

    /** One difference: what it concerns ({@code step:<id>} / {@code field:<key>}), how, and a short description. */
    public record Change(String target, ChangeKind kind, String description) {
    }

    public enum ChangeKind { ADDED, REMOVED, CHANGED }

    private DesignComparison() {
    }

    public static List<Change> compare(DesignModel from, DesignModel to) {
        List<Change> changes = new ArrayList<>();
        Map<String, DesignStep> before = steps(from);
        Map<String, DesignStep> after = steps(to);
        before.forEach((id, step) -> {
            DesignStep now = after.get(id);
            if (now == null) {
                changes.add(new Change("step:" + id, ChangeKind.REMOVED, step.name()));
            } else if (!sameStep(step, now)) {
                changes.add(new Change("step:" + id, ChangeKind.CHANGED, describe(step) + " → " + describe(now)));
            }
        });
        after.forEach((id, step) -> {
            if (!before.containsKey(id)) {
                changes.add(new Change("step:" + id, ChangeKind.ADDED, describe(step)));
            }
        });
        Map<String, FormField> fieldsBefore = fields(from);
        Map<String, FormField> fieldsAfter = fields(to);
        fieldsBefore.forEach((key, field) -> {
            FormField now = fieldsAfter.get(key);
            if (now == null) {
                changes.add(new Change("field:" + key, ChangeKind.REMOVED, label(field)));
            } else if (!field.equals(now)) {
                changes.add(new Change("field:" + key, ChangeKind.CHANGED, label(field) + " (" + field.type()
                        + (field.required() ? ", required" : "") + ") → " + label(now) + " (" + now.type()
                        + (now.required() ? ", required" : "") + ")"));
            }
        });
        fieldsAfter.forEach((key, field) -> {
            if (!fieldsBefore.containsKey(key)) {
                changes.add(new Change("field:" + key, ChangeKind.ADDED, label(field) + " (" + field.type() + ")"));
            }
        });
        if (!from.startFields().equals(to.startFields())) {
            changes.add(new Change("start", ChangeKind.CHANGED, from.startFields() + " → " + to.startFields()));
        }
        return changes;
    }

    /** A step without its nested steps: a block changes when its own settings or its branches' conditions do. */
    private static boolean sameStep(DesignStep a, DesignStep b) {
        return Objects.equals(a.kind(), b.kind()) && Objects.equals(a.name(), b.name())
                && Objects.equals(a.assignee(), b.assignee())
                && Objects.equals(a.deadlineWorkingDays(), b.deadlineWorkingDays())
                && a.visibleFields().equals(b.visibleFields()) && a.editableFields().equals(b.editableFields())
                && a.branches().stream().map(x -> x.name() + "|" + x.condition()).toList()
                .equals(b.branches().stream().map(x -> x.name() + "|" + x.condition()).toList());
    }

    private static String describe(DesignStep step) {
        StringBuilder text = new StringBuilder(step.name() == null ? step.id() : step.name());
        if (step.assignee() != null) {
            text.append(", ").append(step.assignee().describe());
        }
        if (step.deadlineWorkingDays() != null) {
            text.append(", ").append(step.deadlineWorkingDays()).append(" working days");
        }
        if (!step.editableFields().isEmpty()) {
            text.append(", edits ").append(step.editableFields());
        }
        return text.toString();
    }

    private static String label(FormField field) {
        return field.label() == null ? field.key() : field.label().zh();
    }

    private static Map<String, DesignStep> steps(DesignModel model) {
        Map<String, DesignStep> all = new LinkedHashMap<>();
        model.allSteps().forEach(step -> all.putIfAbsent(step.id(), step));
        return all;
    }

    private static Map<String, FormField> fields(DesignModel model) {
        Map<String, FormField> all = new LinkedHashMap<>();
        model.fields().forEach(field -> all.putIfAbsent(field.key(), field));
        return all;
    }
}
