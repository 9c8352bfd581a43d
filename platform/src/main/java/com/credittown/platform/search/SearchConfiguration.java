package com.credittown.platform.search;

import com.credittown.platform.workflow.EngineListeners;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Search's own configuration: its settings, the Elasticsearch client's connection pool, scheduling for the outbox
 * dispatcher, and the engine's case listener.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    /** The Elasticsearch client's connection pool, sized by {@code credittown.search.client.*}. */
    @Bean
    SearchConnectionPool searchConnectionPool(SearchSettings settings) {
        return new SearchConnectionPool(settings.client());
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseSearchListener(
            ObjectProvider<SearchOutbox> outbox) {
        CaseSearchListener listener = new CaseSearchListener(outbox);
        return EngineListeners.typed(listener, CaseSearchListener.EVENTS);
    }
}
