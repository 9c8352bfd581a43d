package com.credittown.platform.workflow;

import org.flowable.variable.api.delegate.VariableScope;

/**
 * Reading the case variables a process step relies on, for delegates and task listeners alike. A required variable
 * that is missing or mistyped is a modelling error and throws; a variable the process may leave unset (an optional
 * form field, a parameter added after older cases started) is read through an {@code optional…} accessor that says
 * so at the call.
 */
public final class CaseVariables {

    private CaseVariables() {
    }

    /** The variable as text; fails if the case has no such variable. */
    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Case variable '" + name + "' is missing");
        }
        return value.toString();
    }

    /** The variable as text, or {@code null} when the case has no such variable (an optional field left empty). */
    public static String optionalString(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** The variable as a whole number; fails if it is missing or not a number. */
    public static int number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Case variable '" + name + "' is missing or not a number: " + value);
        }
        return n.intValue();
    }

    /**
     * The variable as a whole number, or {@code absent} when the case has no such variable (a parameter added after
     * the case started); fails if it is there but not a number.
     */
    public static int optionalNumber(VariableScope scope, String name, int absent) {
        return scope.getVariable(name) == null ? absent : number(scope, name);
    }

    /** Whether the variable is {@code true}; a missing variable (an unticked checkbox) is {@code false}. */
    public static boolean flag(VariableScope scope, String name) {
        return Boolean.TRUE.equals(scope.getVariable(name));
    }
}
