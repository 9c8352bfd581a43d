package com.credittown.workflows.template;

import com.credittown.workflows.form.LocalizedText;
import java.util.List;

/**
 * A step of a city template a tenant may leave out ({@link TemplateStructure#optional()}).
 *
 * @param with the elements that go with it (e.g. the service task that registers an extension)
 */
public record OptionalStep(List<String> with, LocalizedText label) {

    public OptionalStep {
        with = with == null ? List.of() : List.copyOf(with);
    }
}
