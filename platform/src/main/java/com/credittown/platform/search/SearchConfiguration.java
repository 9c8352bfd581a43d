package com.credittown.platform.search;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Search's own configuration: its settings, and scheduling for the outbox dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {
}
