package com.credittown.platform.production;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Under the {@code prod} profile the application refuses to start while any setting keeps its development value (see
 * {@link DevelopmentSecrets}). The check runs before any bean is created, so nothing connects to Keycloak or the
 * database with a development secret first.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionStartGuard {

    @Bean
    static BeanFactoryPostProcessor refuseDevelopmentSecrets(Environment environment) {
        return beanFactory -> {
            List<String> found = DevelopmentSecrets.findIn(environment);
            if (!found.isEmpty()) {
                throw new DevelopmentSecretsException(found);
            }
        };
    }

    /** The start-up failure; its message lists every offending setting, one a line. */
    static final class DevelopmentSecretsException extends IllegalStateException {
        DevelopmentSecretsException(List<String> found) {
            super("The prod profile refuses to start with development settings (" + found.size() + "):\n  - "
                    + String.join("\n  - ", found));
        }
    }
}
