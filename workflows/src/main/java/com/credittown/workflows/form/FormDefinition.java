package com.credittown.workflows.form;

import java.util.List;
import java.util.Optional;

/**
 * A form as data: what a step asks for and how each answer is checked. Flowable 7 has no form engine; the
 * form key on a BPMN start event or user task names one of these.
 *
 * @param fields         the fields the step may edit: the only ones a submission may set
 * @param readOnlyFields the fields the step may see but not edit (answers given earlier in the case), shown
 *                       read-only; a submission that sets one is refused. A field in neither list is not shown at all.
 */
public record FormDefinition(String key, LocalizedText title, List<FormField> fields, List<FormField> readOnlyFields) {

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        readOnlyFields = readOnlyFields == null ? List.of() : List.copyOf(readOnlyFields);
    }

    /** A form whose step sees only what it edits. */
    public FormDefinition(String key, LocalizedText title, List<FormField> fields) {
        this(key, title, fields, List.of());
    }

    /** A field the step may edit. */
    public Optional<FormField> field(String fieldKey) {
        return fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }

    /** A field the step may see but not edit. */
    public Optional<FormField> readOnlyField(String fieldKey) {
        return readOnlyFields.stream().filter(f -> f.key().equals(fieldKey)).findFirst();
    }
}
