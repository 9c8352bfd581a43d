package com.credittown.platform.workflow;

import static com.credittown.platform.workflow.TenantScopedDelegate.delegate;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The refusal probe's automatic steps: each marks that it ran ({@code ran_<step>}), then answers as the case's
 * variable {@code answer} says: {@code invalid} and {@code conflict} refuse what the user sent, {@code fault} fails as
 * a modelling error does, anything else passes.
 */
@Configuration(proxyBeanMethods = false)
class RefusalProbeDelegates {

    static final String INVALID = "the application is not eligible and must be rejected";
    static final String CONFLICT = "The district is closed and admits no new shops";
    static final String FAULT = "No application for case";

    @Bean
    TenantScopedDelegate refusalProbe() {
        return delegate(execution -> {
            execution.setVariable("ran_" + execution.getCurrentActivityId(), true);
            switch (String.valueOf(CaseVariables.optionalString(execution, "answer"))) {
                case "invalid" -> throw new InvalidInputException(List.of(
                        new FieldProblem("decision", "not-eligible", INVALID)));
                case "conflict" -> throw new ConflictException(CONFLICT);
                case "fault" -> throw new IllegalStateException(FAULT);
                default -> {
                }
            }
        });
    }
}
