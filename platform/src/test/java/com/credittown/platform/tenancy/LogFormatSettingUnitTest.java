package com.credittown.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code CT_LOG_FORMAT} reaches Spring Boot's structured console logging through the shared defaults: {@code ecs}
 * (or {@code logstash}) turns the console into JSON lines, unset leaves Boot's text lines (which every other test's
 * console shows).
 */
class LogFormatSettingUnitTest {

    @Test
    void theVariableChoosesBootsStructuredConsoleFormat() throws Exception {
        assertThat(environment(Map.of("CT_LOG_FORMAT", "ecs")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(environment(Map.of("CT_LOG_FORMAT", "logstash")).getProperty("logging.structured.format.console"))
                .isEqualTo("logstash");
    }

    @Test
    void withoutItTheConsoleStaysText() throws Exception {
        assertThat(environment(Map.of()).getProperty("logging.structured.format.console")).isEmpty();
    }

    private static StandardEnvironment environment(Map<String, Object> variables) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new YamlPropertySourceLoader().load("defaults", new ClassPathResource("credittown-defaults.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return environment;
    }
}
