package com.credittown.workflows.design;

import com.credittown.workflows.form.FormField;
import java.util.List;
import java.util.Optional;

/**
 * A tenant's process as the simple designer draws it: a name, the form fields of the whole process, which of them
 * the start form asks for, and a vertical chain of steps (DingTalk/Feishu style). The BPMN is generated from it.
 *
 * @param startFields the keys of the fields the start form asks for
 */
public record DesignModel(String name, List<FormField> fields, List<String> startFields, List<DesignStep> steps) {

    public DesignModel {
        fields = fields == null ? List.of() : List.copyOf(fields);
        startFields = startFields == null ? List.of() : List.copyOf(startFields);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every step of the chain, nested ones included, depth first in chain order. */
    public List<DesignStep> allSteps() {
        List<DesignStep> all = new java.util.ArrayList<>();
        collect(steps, all);
        return all;
    }

    public Optional<DesignStep> step(String id) {
        return allSteps().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** An id no step of the chain uses yet: {@code step1}, {@code step2}, ... */
    public String freshStepId() {
        return DesignChains.freshId(steps, "step");
    }

    private static void collect(List<DesignStep> chain, List<DesignStep> into) {
        for (DesignStep step : chain) {
            into.add(step);
            step.branches().forEach(branch -> collect(branch.steps(), into));
        }
    }
}
