package com.credittown.tenants.provisioning;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provisioning settings, and Flowable's definition cache sized for the tenants ({@link DefinitionCacheSettings}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProvisioningSettings.class, DefinitionCacheSettings.class})
class ProvisioningConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> definitionCacheForTheTenants(
            DefinitionCacheSettings settings) {
        return engine -> engine.setProcessDefinitionCacheLimit(settings.limit());
    }
}
