package com.credittown.workflows.form;

import java.util.List;
import java.util.Optional;

/**
 * A form as data: what a step asks for and how each answer is checked. Flowable 7 has no form engine; the
 * form key on a BPMN start event or user task names one of these.
 */
public record FormDefinition(String key, LocalizedText title, List<FormField> fields) {

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Optional<FormField> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }
}
