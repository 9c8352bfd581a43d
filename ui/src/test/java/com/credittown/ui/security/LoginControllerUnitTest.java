package com.credittown.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.KeycloakSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When Keycloak does not answer, the login page says so clearly instead of sending users to an error. */
class LoginControllerUnitTest {

    @Test
    void keycloakDownGivesAClearPageInChineseOrEnglish() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LoginController login = new LoginController(settings(URI.create("http://127.0.0.1:" + closedPort)));

        var chinese = login.login("zh-CN,zh;q=0.9");
        var english = login.login("en-US,en;q=0.8");

        assertThat(chinese.getStatusCode().value()).isEqualTo(503);
        assertThat(chinese.getBody()).contains("暂时无法登录").contains("已登录的用户可继续使用")
                .doesNotContain("Exception");
        assertThat(english.getBody()).contains("Login is unavailable");
    }

    private static KeycloakSettings settings(URI url) {
        return new KeycloakSettings(url, "dongguan", Duration.ofSeconds(1), "master", "admin", "admin",
                "credittown-web", "secret", "credittown-api", List.of("http://localhost*"), true, true);
    }

}
