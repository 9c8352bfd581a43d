package com.credittown.ui.error;

import com.credittown.platform.web.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;

/** Shows a service's field problems on the fields they name, in the user's language (key field.problem.CODE). */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks each named field; answers the problems that name no field shown here. */
    public static List<FieldProblem> show(Map<String, ? extends HasValidation> fields, List<FieldProblem> problems) {
        return problems.stream().filter(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                return true;
            }
            String text = ((Component) field).getTranslation("field.problem." + problem.code());
            field.setErrorMessage(text.startsWith("!") ? problem.message() : text);
            field.setInvalid(true);
            return false;
        }).toList();
    }
}
