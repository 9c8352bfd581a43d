package com.credittown.workflows.rectification;

import static com.credittown.platform.workflow.CaseVariables.number;

import java.util.Map;
import java.util.function.Supplier;
import org.flowable.variable.api.delegate.VariableScope;

/**
 * 整改核查期限: how many working days after the evidence the verification is due. A case carries the template
 * parameter {@value #PARAMETER} it started with; a case started before the parameter existed takes the value in
 * force now (the tenant's adaptation of the template, else the city's default, 10), never a number of its own.
 */
final class VerifyPeriod {

    static final String PROCESS = "government-rectification";
    static final String PARAMETER = "verifyWorkingDays";

    private VerifyPeriod() {
    }

    /**
     * @param parametersInForce the template's parameters in force for the case's tenant, asked only when the case
     *                          has no value of its own
     */
    static int workingDays(VariableScope execution, Supplier<Map<String, Object>> parametersInForce) {
        if (execution.getVariable(PARAMETER) != null) {
            return number(execution, PARAMETER);
        }
        Object inForce = parametersInForce.get().get(PARAMETER);
        if (!(inForce instanceof Number days)) {
            throw new IllegalStateException("The template " + PROCESS + " has no parameter " + PARAMETER
                    + " to fall back on: " + inForce);
        }
        return days.intValue();
    }
}
