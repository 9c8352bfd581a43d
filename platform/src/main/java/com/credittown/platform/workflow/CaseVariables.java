package com.credittown.platform.workflow;

import org.flowable.engine.delegate.DelegateExecution;

/** Reading a case variable a process step relies on; a missing or mistyped one is a modelling error. */
public final class CaseVariables {

    private CaseVariables() {
    }

    /** The variable as text; fails if the case has no such variable. */
    public static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Case variable '" + name + "' is missing");
        }
        return value.toString();
    }

    /** The variable as a whole number; fails if it is missing or not a number. */
    public static int number(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Case variable '" + name + "' is not a number");
        }
        return n.intValue();
    }
}
