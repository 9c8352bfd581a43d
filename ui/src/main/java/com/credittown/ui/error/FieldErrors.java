package com.credittown.ui.error;

import com.credittown.platform.web.FieldProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A service's field problems in the user's language, the one family of keys {@code field.problem.<code>}
 * (the server's own text where no translation exists), shown on the fields they name.
 */
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
            field.setErrorMessage(explain(problem, ((Component) field)::getTranslation));
            field.setInvalid(true);
            return false;
        }).toList();
    }

    /**
     * What is wrong, in the user's language ({@code field.problem.<code>}); the server's text where no translation
     * exists. A wrong credit code also says the server's reason (which position, which check).
     */
    public static String explain(FieldProblem problem, Function<String, String> translate) {
        String translated = translate.apply("field.problem." + problem.code());
        if (translated.startsWith("!")) {
            return problem.message();
        }
        return "uscc".equals(problem.code()) ? translated + " " + problem.message() : translated;
    }
}
