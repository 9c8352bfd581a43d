package com.credittown.platform.credit.person;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@code credittown.credit.person.*} (start-up fails on invalid keys) and builds the cipher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonDataSettings.class)
class PersonDataConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonDataConfiguration.class);

    @Bean
    PersonDataCipher personDataCipher(PersonDataSettings settings) {
        byte[] sm4 = settings.sm4KeyBytes();
        byte[] lookup = settings.lookupKeyBytes();
        if (PersonDataSettings.isDevelopmentKey(sm4) || PersonDataSettings.isDevelopmentKey(lookup)) {
            log.warn("Natural persons' data is protected with the DEVELOPMENT keys of credittown-defaults.yml; "
                    + "set CT_PERSON_SM4_KEY and CT_PERSON_LOOKUP_KEY for any real data");
        }
        return new PersonDataCipher(sm4, lookup);
    }
}
