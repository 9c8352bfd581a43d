package com.credittown.platform.credit.severelist;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SevereListSettings.class)
class SevereListConfiguration {
}
