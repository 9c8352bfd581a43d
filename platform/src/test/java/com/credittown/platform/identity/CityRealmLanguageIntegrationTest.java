package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Keycloak's login page speaks Chinese first on a realm the platform set up, also one that existed before with
 * English only: the project's own realm set-up corrects it (idempotently, keeping languages another instance added),
 * and the login page then opens in Chinese (登录) and in English when the web client asks for it. Runs against the
 * real Keycloak of scripts/services.sh on a throw-away realm of its own, so the shared city realm is not touched.
 */
class CityRealmLanguageIntegrationTest {

    private final String realmName = ThrowAwayRealms.name("language");
    private final KeycloakSettings settings = ThrowAwayRealms.settings(realmName, "test-secret");
    private final KeycloakAdmin admin = new KeycloakAdmin(settings);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void dropRealm() {
        admin.realm().remove();
    }

    @Test
    void anExistingEnglishOnlyRealmIsCorrectedAndItsLoginPageOpensInChinese() throws Exception {
        RealmRepresentation englishOnly = new RealmRepresentation();
        englishOnly.setRealm(realmName);
        englishOnly.setEnabled(true);
        englishOnly.setInternationalizationEnabled(true);
        englishOnly.setSupportedLocales(Set.of("en", "de"));
        englishOnly.setDefaultLocale("en");
        admin.client().realms().create(englishOnly);

        CityRealm realm = new CityRealm(admin);
        assertThat(realm.ensure()).isTrue();

        RealmRepresentation corrected = admin.realm().toRepresentation();
        assertThat(corrected.isInternationalizationEnabled()).isTrue();
        assertThat(corrected.getDefaultLocale()).isEqualTo("zh-CN");
        // additive: a language someone else supports stays
        assertThat(corrected.getSupportedLocales()).contains("zh-CN", "en", "de");
        assertThat(realm.ensure()).as("a second run changes nothing").isFalse();

        String chinese = loginPage(null, null);
        assertThat(chinese).contains("lang=\"zh-CN\"").contains("登录");
        // an English browser still gets Chinese when the platform passes its language (the web client's default)
        assertThat(loginPage("zh-CN", "en-US,en")).contains("lang=\"zh-CN\"").contains("登录");
        String english = loginPage("en", "zh-CN");
        assertThat(english).contains("lang=\"en\"").contains("Sign In").doesNotContain("登录");
    }

    private String loginPage(String uiLocales, String acceptLanguage) throws Exception {
        String url = settings.openIdConnect("auth") + "?client_id=" + settings.webClientId()
                + "&response_type=code&scope=openid&redirect_uri=http://localhost:8080/login/oauth2/code/keycloak"
                + (uiLocales == null ? "" : "&ui_locales=" + uiLocales);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
