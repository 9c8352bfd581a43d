package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.KeycloakAdmin;
import com.credittown.platform.notification.MailAddresses;
import com.credittown.platform.time.PlatformClock;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Notification e-mail addresses come from the real Keycloak realm and are reused for the configured time only
 * (an hour by default): an officer who changes their address in Keycloak gets mail at the new one afterwards,
 * without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class KeycloakMailAddressesIntegrationTest {

    @Autowired
    MailAddresses addresses;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    PlatformClock clock;

    private String userId;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (userId != null) {
            keycloak.realm().users().delete(userId).close();
        }
    }

    @Test
    void aChangedAddressIsUsedOnceTheCachedOneHasExpired() {
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@humen.example.gov.cn");
        user.setEnabled(true);
        try (Response created = keycloak.realm().users().create(user)) {
            userId = CreatedResponseUtil.getCreatedId(created);
        }
        assertThat(addresses.of(username)).contains(username + "@humen.example.gov.cn");

        UserRepresentation changed = keycloak.realm().users().get(userId).toRepresentation();
        changed.setEmail(username + "@new.example.gov.cn");
        keycloak.realm().users().get(userId).update(changed);
        // within the hour the address read before is reused; after it, Keycloak is asked again
        clock.moveTo(clock.instant().plus(Duration.ofMinutes(59)));
        assertThat(addresses.of(username)).contains(username + "@humen.example.gov.cn");
        clock.moveTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(addresses.of(username)).contains(username + "@new.example.gov.cn");
    }
}
