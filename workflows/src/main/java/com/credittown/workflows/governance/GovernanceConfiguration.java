package com.credittown.workflows.governance;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GovernanceLedgerSettings.class)
class GovernanceConfiguration {
}
