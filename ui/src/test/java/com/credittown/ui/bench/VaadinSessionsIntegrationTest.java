package com.credittown.ui.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The tenant benchmark's headless Vaadin sessions are real: each visit, anonymous or signed in through Keycloak, gets
 * the route's initial UIDL and leaves one more UI on the server (counted in the HTTP sessions the test opened).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class VaadinSessionsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext app;

    @Test
    void everyHeadlessVisitLeavesOneUiOnTheServer() throws Exception {
        long since = System.currentTimeMillis();
        VaadinSessions sessions = new VaadinSessions(port);

        sessions.openPublic("public/tenants/humen");
        sessions.openPublic("public/tenants/humen");
        assertThat(LiveUis.count(app, since)).isEqualTo(2);

        sessions.openSignedIn("tenants/humen/tasks", "humen.officer", "demo1234");
        assertThat(LiveUis.count(app, since)).isEqualTo(3);
        assertThat(sessions.opened()).isEqualTo(3);
    }
}
