package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform says it is ready only when a login would work: the application starts while Keycloak cannot be
 * reached (through a gate in front of the real Keycloak that is shut), health answers, but readiness
 * ({@code /actuator/health/readiness}, what scripts/run.sh waits for) is OUT_OF_SERVICE because the realm and the
 * tenants' organisations are not provisioned; once the gate opens, the provisioning retry succeeds and readiness
 * turns UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "credittown.tenants.provisioning-retry=PT3S")
@ActiveProfiles({"postgres", "test"})
class StartupReadinessIntegrationTest {

    private static final KeycloakGate GATE = new KeycloakGate(
            Integer.parseInt(System.getenv().getOrDefault("CT_KEYCLOAK_PORT", "8180")));

    @DynamicPropertySource
    static void keycloakBehindTheGate(DynamicPropertyRegistry properties) {
        properties.add("credittown.keycloak.url", () -> "http://127.0.0.1:" + GATE.port());
    }

    @AfterAll
    static void closeGate() {
        GATE.close();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void notReadyUntilProvisioningHasReachedKeycloakThenReady() {
        ResponseEntity<String> before = http.getForEntity("/actuator/health/readiness", String.class);
        assertThat(before.getStatusCode().value()).isEqualTo(503);
        assertThat(before.getBody()).contains("OUT_OF_SERVICE");
        // the application itself is alive and serving meanwhile
        assertThat(http.getForEntity("/actuator/health/liveness", String.class).getStatusCode().value())
                .isEqualTo(200);

        GATE.open();

        Awaitility.await("readiness after the provisioning retry").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value(),
                        status -> status == 200);
        assertThat(http.getForEntity("/actuator/health/readiness", String.class).getBody())
                .isEqualTo("{\"status\":\"UP\"}");
    }

    /** A TCP gate to Keycloak: shut, it hangs up on every connection; open, it forwards bytes both ways. */
    static final class KeycloakGate implements AutoCloseable {

        private final int target;
        private final ServerSocket server;
        private volatile boolean open;

        KeycloakGate(int target) {
            this.target = target;
            try {
                this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread acceptor = new Thread(this::accept, "keycloak-gate");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        void open() {
            open = true;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (!open) {
                        client.close();
                        continue;
                    }
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                    pump(client, upstream);
                    pump(upstream, client);
                } catch (IOException e) {
                    // closed, or one connection failed: the next accept decides
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // the other side hung up
                } finally {
                    try {
                        from.close();
                        to.close();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "keycloak-gate-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }
}
