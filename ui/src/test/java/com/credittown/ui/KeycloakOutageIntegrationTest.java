package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.credittown.platform.identity.KeycloakSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keycloak goes down (stopped with the project's own script): tokens already issued keep working, because
 * the realm's keys are cached, and the login page says clearly that login is unavailable. Keycloak is
 * started again at the end. Runs only when scripts/services.sh started Keycloak (as scripts/test.sh does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class KeycloakOutageIntegrationTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @Autowired
    TestRestTemplate http;
    @Autowired
    KeycloakSettings settings;

    @Test
    void issuedTokensKeepWorkingAndLoginExplainsTheOutage() throws Exception {
        Path runDir = System.getenv("CT_RUN_DIR") == null ? REPO.resolve(".run") : Path.of(System.getenv("CT_RUN_DIR"));
        assumeTrue(Files.exists(runDir.resolve("pids/keycloak.pid")),
                "Keycloak was not started by scripts/services.sh");
        String token = new RealKeycloak(settings).tokenOf("humen.officer");
        assertThat(tasks(token).getStatusCode().value()).isEqualTo(200);

        services("stop", "keycloak");
        try {
            assertThat(tasks(token).getStatusCode().value()).isEqualTo(200);
            ResponseEntity<String> login = http.exchange("/login", HttpMethod.GET,
                    new HttpEntity<>(headers(null, "zh-CN")), String.class);
            assertThat(login.getStatusCode().value()).isEqualTo(503);
            assertThat(login.getBody()).contains("暂时无法登录").doesNotContain("Exception");
        } finally {
            services("start", "keycloak");
        }
        assertThat(tasks(token).getStatusCode().value()).isEqualTo(200);
    }

    private ResponseEntity<String> tasks(String token) {
        return http.exchange("/api/tenants/humen/tasks", HttpMethod.GET, new HttpEntity<>(headers(token, null)),
                String.class);
    }

    private static HttpHeaders headers(String token, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return headers;
    }

    private static void services(String action, String service) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", REPO.resolve("scripts/services.sh").toString(), action, service)
                .directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("services.sh %s %s finished", action, service).isTrue();
        assertThat(process.exitValue()).as("services.sh %s %s", action, service).isZero();
    }
}
