package com.credittown.platform.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Search's own configuration: its settings, scheduling for the outbox dispatcher, and the engine's case listener. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseSearchListener(
            ObjectProvider<SearchOutbox> outbox) {
        CaseSearchListener listener = new CaseSearchListener(outbox);
        return configuration -> {
            Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                    ? new HashMap<>() : new HashMap<>(configuration.getTypedEventListeners());
            for (var type : CaseSearchListener.EVENTS) {
                List<FlowableEventListener> listeners = new ArrayList<>(typed.getOrDefault(type.name(), List.of()));
                listeners.add(listener);
                typed.put(type.name(), listeners);
            }
            configuration.setTypedEventListeners(typed);
        };
    }
}
