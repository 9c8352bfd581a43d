package com.credittown.platform.notification;

import com.credittown.platform.workflow.EngineListeners;
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
        return EngineListeners.typed(listener, TaskNotificationListener.EVENTS);
    }
}
