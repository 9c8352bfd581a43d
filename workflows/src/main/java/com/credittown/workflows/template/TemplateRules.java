package com.credittown.workflows.template;

import com.credittown.platform.web.FieldProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Checks a tenant's parameter values against the city's limits before anything is published. A locked
 * parameter's limits are the city office's and no tenant changes them (e.g. a repair result within 10 working days):
 * the answer names its basis as the data writes it, a setting unless a checked citation bears it out.
 */
final class TemplateRules {

    private TemplateRules() {
    }

    static List<FieldProblem> check(List<TemplateParameter> parameters, Map<String, Object> values) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.key().equals(key))) {
                problems.add(new FieldProblem(key, "unknown-parameter", "is not a parameter of this template"));
            }
        }
        for (TemplateParameter parameter : parameters) {
            if (values.containsKey(parameter.key())) {
                String problem = problem(parameter, values.get(parameter.key()));
                if (problem != null) {
                    problems.add(new FieldProblem(parameter.key(), parameter.locked() ? "legal-limit" : "out-of-range",
                            problem));
                }
            }
        }
        return problems;
    }

    private static String problem(TemplateParameter parameter, Object value) {
        return switch (parameter.type()) {
            case WORKING_DAYS, DAYS, INTEGER -> number(parameter, value);
            case TEXT -> value instanceof String text && !text.isBlank() ? null : "must be a text";
            case LIST -> value instanceof Collection<?> list && !list.isEmpty() ? null : "must be a non-empty list";
        };
    }

    private static String number(TemplateParameter parameter, Object value) {
        if (!(value instanceof Integer number)) {
            return "must be a whole number";
        }
        String unit = switch (parameter.type()) {
            case WORKING_DAYS -> " working days";
            case DAYS -> " days";
            default -> "";
        };
        if (parameter.max() != null && number > parameter.max()) {
            return parameter.locked()
                    ? number + unit + " is longer than the city's limit of " + parameter.max() + unit
                    + (parameter.basis() == null ? "" : " (" + parameter.basis() + ")")
                    : number + unit + " is above the city's maximum of " + parameter.max() + unit;
        }
        if (parameter.min() != null && number < parameter.min()) {
            return number + unit + " is below the city's minimum of " + parameter.min() + unit;
        }
        return null;
    }
}
