package com.credittown.platform.credit.objection;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObjectionSettings.class)
class ObjectionConfiguration {
}
