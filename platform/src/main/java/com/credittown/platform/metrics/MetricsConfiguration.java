package com.credittown.platform.metrics;

import com.credittown.platform.workflow.EngineListeners;
import io.micrometer.core.instrument.MeterRegistry;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The metrics' settings, the census's scheduling and the engine listener counting cases. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MetricsSettings.class)
class MetricsConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseMetrics(MeterRegistry registry) {
        return EngineListeners.typed(new CaseMetrics(registry), CaseMetrics.EVENTS);
    }
}
