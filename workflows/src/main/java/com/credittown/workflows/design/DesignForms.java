package com.credittown.workflows.design;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.FormSource;
import com.credittown.workflows.form.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The forms of published designs, for the task dialog and the case API: {@code design:<process>@<version>:<step>}
 * is the form of that step in that published version (the fields the step may edit, and read-only those it may only
 * see), {@code ...:start} the start form. A running case keeps the forms of the version it started on.
 */
@Component
class DesignForms implements FormSource {

    private static final Pattern KEY = Pattern.compile("design:([a-z][a-z0-9-]{2,49})@(\\d{1,6}):([A-Za-z][A-Za-z0-9_-]{0,39})");

    private final DesignService designs;

    DesignForms(DesignService designs) {
        this.designs = designs;
    }

    @Override
    public Optional<FormDefinition> find(String key) {
        Matcher parts = KEY.matcher(key);
        if (!parts.matches() || TenantContext.current().isEmpty()) {
            return Optional.empty();
        }
        String stepId = parts.group(3);
        return designs.publishedModel(parts.group(1), Integer.parseInt(parts.group(2)))
                .flatMap(model -> form(key, model, stepId));
    }

    /**
     * The form of one step: the fields it may edit, and the fields it may only see as read-only ones, both in the
     * process form's order. A field the step may not see is in neither, so it is never shown and never accepted.
     */
    static Optional<FormDefinition> form(String key, DesignModel model, String stepId) {
        if ("start".equals(stepId)) {
            return Optional.of(new FormDefinition(key, new LocalizedText(model.name(), model.name()),
                    fields(model, model.startFields()::contains)));
        }
        return model.step(stepId).map(step -> new FormDefinition(key, new LocalizedText(step.name(), step.name()),
                fields(model, step.editableFields()::contains), fields(model, step::isReadOnly)));
    }

    private static List<FormField> fields(DesignModel model, Predicate<String> wanted) {
        return model.fields().stream().filter(field -> wanted.test(field.key())).toList();
    }
}
