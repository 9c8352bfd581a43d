package com.credittown.platform.identity;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every MockMvc request carries, by default, an officer token of the tenant its path names. */
@TestConfiguration(proxyBeanMethods = false)
public class BearerTokenTestConfiguration {

    @Bean
    MockMvcBuilderCustomizer officerOfPathTenantByDefault() {
        return builder -> builder.defaultRequest(get("/").with(TestUsers.officerOfPathTenant()));
    }
}
