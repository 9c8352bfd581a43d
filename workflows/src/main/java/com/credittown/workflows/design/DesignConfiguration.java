package com.credittown.workflows.design;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.workflow.ExpressionAllowance;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The designer's rules as beans: the limits (data), the checks and the simulation. */
@Configuration(proxyBeanMethods = false)
class DesignConfiguration {

    @Bean
    DesignLimits designLimits(ObjectMapper json) {
        return DesignLimits.load(json);
    }

    @Bean
    DesignValidator designValidator(DesignLimits limits) {
        return new DesignValidator(limits);
    }

    @Bean
    BpmnChecker bpmnChecker(DesignLimits limits) {
        return new BpmnChecker(limits);
    }

    /**
     * What a designed process's expressions may reach in the engine's sandbox, exactly what the generator writes: the
     * condition bean's {@code test} on {@code execution.getVariable(...)}, and the copy-to delegate.
     */
    @Bean
    ExpressionAllowance designerExpressions() {
        return new ExpressionAllowance(Set.of(DesignGrammar.CONDITIONS_BEAN, DesignGrammar.COPY_TO_BEAN), Map.of(
                ConditionEvaluator.class, Set.of("test"), DelegateExecution.class, Set.of("getVariable")));
    }

    @Bean
    DesignSimulator designSimulator(WorkingDayCalendar calendar) {
        return new DesignSimulator(calendar);
    }

    @Bean
    BpmnSimulator bpmnSimulator(WorkingDayCalendar calendar) {
        return new BpmnSimulator(calendar);
    }
}
