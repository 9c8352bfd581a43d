package com.credittown.platform.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    PlatformClock platformClock() {
        return new PlatformClock();
    }
}
