package com.credittown.platform.notification;

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

/** Notifications: the engine's task listener, the deadline job's scheduling and the settings. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> taskNotifications(
            ObjectProvider<NotificationService> notifications) {
        TaskNotificationListener listener = new TaskNotificationListener(notifications);
        return configuration -> {
            Map<String, List<FlowableEventListener>> typed = configuration.getTypedEventListeners() == null
                    ? new HashMap<>() : new HashMap<>(configuration.getTypedEventListeners());
            for (var type : TaskNotificationListener.EVENTS) {
                List<FlowableEventListener> listeners = new ArrayList<>(typed.getOrDefault(type.name(), List.of()));
                listeners.add(listener);
                typed.put(type.name(), listeners);
            }
            configuration.setTypedEventListeners(typed);
        };
    }
}
