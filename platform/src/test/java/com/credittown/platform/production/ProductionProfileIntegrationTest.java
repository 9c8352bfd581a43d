package com.credittown.platform.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.credittown.platform.PlatformTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The platform started with the prod profile and the development settings of credittown-defaults.yml. */
class ProductionProfileIntegrationTest {

    @Test
    void theProdProfileRefusesToStartWithTheDevelopmentSettingsNamingEachOne() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PlatformTestApplication.class)
                .profiles("prod").web(WebApplicationType.NONE).run().close());

        assertThat(failure).isInstanceOf(ProductionStartGuard.DevelopmentSecretsException.class)
                .hasMessageStartingWith("The prod profile refuses to start with development settings (7):")
                .hasMessageContaining("credittown.keycloak.web-client-secret is the development client secret")
                .hasMessageContaining("credittown.credit.person.sm4-key is the development SM4 key")
                .hasMessageContaining("credittown.credit.person.lookup-key is the development lookup key")
                .hasMessageContaining("credittown.keycloak.direct-access-grants is on")
                .hasMessageContaining("credittown.keycloak.admin-password is Keycloak's development administrator")
                .hasMessageContaining("credittown.identity.demo-users is on")
                .hasMessageContaining("credittown.web.public-base-url is a localhost/loopback address")
                .hasMessageContaining("CT_PUBLIC_BASE_URL");
    }
}
