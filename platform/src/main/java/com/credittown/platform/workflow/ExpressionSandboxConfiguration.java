package com.credittown.platform.workflow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link ExpressionSandbox} into the engine, admitting what the features' {@link ExpressionAllowance}s name. */
@Configuration(proxyBeanMethods = false)
class ExpressionSandboxConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> expressionSandbox(
            ObjectProvider<ExpressionAllowance> allowances) {
        return configuration -> configuration.addPreDefaultELResolver(
                new ExpressionSandbox(allowances.orderedStream().toList()));
    }
}
