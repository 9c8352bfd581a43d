package com.credittown.workflows.design;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Bean
    DesignSimulator designSimulator(WorkingDayCalendar calendar) {
        return new DesignSimulator(calendar);
    }

    @Bean
    BpmnSimulator bpmnSimulator(WorkingDayCalendar calendar) {
        return new BpmnSimulator(calendar);
    }
}
