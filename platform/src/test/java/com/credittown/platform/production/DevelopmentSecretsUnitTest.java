package com.credittown.platform.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DevelopmentSecretsUnitTest {

    private static final String DEV_SM4 = "ZGV2LW9ubHktc200LWtleQ==";
    private static final String DEV_LOOKUP = "ZGV2LW9ubHktc20zLWxvb2t1cC1rZXktMzJieXRlcyE=";

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("credittown.keycloak.web-client-secret", "Xk3v9-production-secret")
                .withProperty("credittown.credit.person.sm4-key", base64("0123456789abcdef"))
                .withProperty("credittown.credit.person.lookup-key", base64("another-lookup-key-of-32-bytes!!"))
                .withProperty("credittown.keycloak.direct-access-grants", "false")
                .withProperty("credittown.keycloak.admin-username", "credittown-provisioner")
                .withProperty("credittown.keycloak.admin-password", "a-long-random-password")
                .withProperty("credittown.identity.demo-users", "false")
                .withProperty("credittown.web.public-base-url", "https://credit.dg.gov.cn");
    }

    @Test
    void productionSettingsPass() {
        assertThat(DevelopmentSecrets.findIn(production())).isEmpty();
    }

    @Test
    void theDevelopmentClientSecretIsNamed() {
        assertThat(DevelopmentSecrets.findIn(production()
                .withProperty("credittown.keycloak.web-client-secret", "credittown-web-dev-secret")))
                .containsExactly("credittown.keycloak.web-client-secret is the development client secret"
                        + " credittown-web-dev-secret (set CT_KEYCLOAK_WEB_SECRET)");
    }

    @Test
    void theDevelopmentPersonKeysAreNamedEachOnItsOwn() {
        assertThat(DevelopmentSecrets.findIn(production().withProperty("credittown.credit.person.sm4-key", DEV_SM4)))
                .singleElement().asString().startsWith("credittown.credit.person.sm4-key ").contains("CT_PERSON_SM4_KEY");
        assertThat(DevelopmentSecrets.findIn(production()
                .withProperty("credittown.credit.person.lookup-key", DEV_LOOKUP)))
                .singleElement().asString().startsWith("credittown.credit.person.lookup-key ")
                .contains("CT_PERSON_LOOKUP_KEY");
        // any key that decodes to dev-only-... is a development key, not only the two shipped ones
        assertThat(DevelopmentSecrets.findIn(production()
                .withProperty("credittown.credit.person.sm4-key", base64("dev-only-abcdefg"))))
                .singleElement().asString().startsWith("credittown.credit.person.sm4-key ");
    }

    @Test
    void thePasswordGrantIsRefusedAndIsOnWhenNotSet() {
        assertThat(DevelopmentSecrets.findIn(production()
                .withProperty("credittown.keycloak.direct-access-grants", "TRUE")))
                .singleElement().asString().startsWith("credittown.keycloak.direct-access-grants is on");
        MockEnvironment unset = new MockEnvironment().withProperty("credittown.keycloak.web-client-secret", "x")
                .withProperty("credittown.credit.person.sm4-key", base64("0123456789abcdef"))
                .withProperty("credittown.credit.person.lookup-key", base64("another-lookup-key-of-32-bytes!!"))
                .withProperty("credittown.keycloak.admin-password", "y")
                .withProperty("credittown.identity.demo-users", "false")
                .withProperty("credittown.web.public-base-url", "https://credit.dg.gov.cn");
        assertThat(DevelopmentSecrets.findIn(unset)).singleElement().asString()
                .startsWith("credittown.keycloak.direct-access-grants is on");
    }

    @Test
    void keycloaksAdminAdminIsRefused() {
        assertThat(DevelopmentSecrets.findIn(production()
                .withProperty("credittown.keycloak.admin-password", "admin")))
                .singleElement().asString().startsWith("credittown.keycloak.admin-password is Keycloak's development");
    }

    @Test
    void theDemoCityIsRefused() {
        assertThat(DevelopmentSecrets.findIn(production().withProperty("credittown.demo.enabled", "true")))
                .singleElement().asString().startsWith("credittown.demo.enabled is on").contains("CT_DEMO=false");
    }

    @Test
    void aPublicBaseUrlOnThisMachineIsRefusedNamingTheSetting() {
        for (String local : new String[] {"http://localhost:8080", "https://LOCALHOST", "http://127.0.0.1:8080/",
                "http://127.1.2.3", "http://[::1]:8080", "http://0.0.0.0:8080", "http://app.localhost"}) {
            assertThat(DevelopmentSecrets.findIn(production().withProperty("credittown.web.public-base-url", local)))
                    .as(local).singleElement().asString()
                    .startsWith("credittown.web.public-base-url is a localhost/loopback address")
                    .contains("CT_PUBLIC_BASE_URL");
        }
        // unset, it is the default http://localhost:8080: theDevelopmentDefaultsAreAllNamedInOrder
        for (String real : new String[] {"https://credit.dg.gov.cn", "http://10.1.2.3:8080", "https://localhost.gov.cn",
                "http://[2001:db8::1]"}) {
            assertThat(DevelopmentSecrets.findIn(production().withProperty("credittown.web.public-base-url", real)))
                    .as(real).isEmpty();
        }
    }

    @Test
    void theDemoUsersAreRefused() {
        assertThat(DevelopmentSecrets.findIn(production().withProperty("credittown.identity.demo-users", "TRUE")))
                .singleElement().asString().startsWith("credittown.identity.demo-users is on");
    }

    @Test
    void theDevelopmentDefaultsAreAllNamedInOrder() {
        MockEnvironment defaults = new MockEnvironment()
                .withProperty("credittown.credit.person.sm4-key", DEV_SM4)
                .withProperty("credittown.credit.person.lookup-key", DEV_LOOKUP);

        assertThat(DevelopmentSecrets.findIn(defaults)).extracting(finding -> finding.substring(0, finding.indexOf(' ')))
                .containsExactly("credittown.keycloak.web-client-secret", "credittown.credit.person.sm4-key",
                        "credittown.credit.person.lookup-key", "credittown.keycloak.direct-access-grants",
                        "credittown.keycloak.admin-password", "credittown.identity.demo-users",
                        "credittown.web.public-base-url");
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
