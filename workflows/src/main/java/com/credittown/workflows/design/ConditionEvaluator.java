package com.credittown.workflows.design;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Decides a condition branch: the one place that says what equals / greater-than / less-than / is-empty mean, used
 * by running cases (the generated BPMN calls it as {@code designConditions}) and by the simulation alike.
 */
@Component(DesignGrammar.CONDITIONS_BEAN)
public class ConditionEvaluator {

    /** Called from generated condition expressions with the case's variable value. */
    public boolean test(Object actual, String operator, String expected) {
        return holds(actual, Operator.valueOf(operator), expected);
    }

    public static boolean holds(Object actual, Operator operator, String expected) {
        boolean empty = actual == null || actual.toString().isBlank();
        return switch (operator) {
            case IS_EMPTY -> empty;
            case EQUALS -> !empty && (sameNumber(actual, expected) || actual.toString().strip().equals(expected));
            case GREATER_THAN -> !empty && compare(actual, expected) > 0;
            case LESS_THAN -> !empty && compare(actual, expected) < 0;
        };
    }

    private static boolean sameNumber(Object actual, String expected) {
        BigDecimal a = number(actual);
        BigDecimal b = number(expected);
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static int compare(Object actual, String expected) {
        BigDecimal a = number(actual);
        BigDecimal b = number(expected);
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        // dates written yyyy-MM-dd compare as text
        return actual.toString().strip().compareTo(expected == null ? "" : expected);
    }

    private static BigDecimal number(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
