package com.credittown.platform.notification;

import com.credittown.platform.identity.KeycloakAdmin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

/**
 * Users' addresses from the city's Keycloak realm (exact user-name match), each reused for
 * {@code credittown.notification.mail.address-cache-time} and then read again, so a changed or added address
 * is used without a restart. An answer is cached only when Keycloak answered: while it is down nothing is
 * cached, the lookup fails and the e-mail waits for the retry job.
 */
@Component
class KeycloakMailAddresses implements MailAddresses {

    private final KeycloakAdmin keycloak;
    private final Duration cacheTime;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<String> address, Instant readAt) {
    }

    KeycloakMailAddresses(KeycloakAdmin keycloak, NotificationSettings settings, Clock clock) {
        this.keycloak = keycloak;
        this.cacheTime = settings.mail().addressCacheTime();
        this.clock = clock;
    }

    @Override
    public Optional<String> of(String username) {
        Cached cached = cache.get(username);
        if (cached != null && clock.instant().isBefore(cached.readAt().plus(cacheTime))) {
            return cached.address();
        }
        try {
            var users = keycloak.realm().users().searchByUsername(username, true);
            Optional<String> address = users.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(users.get(0)).map(UserRepresentation::getEmail).filter(e -> !e.isBlank());
            cache.put(username, new Cached(address, clock.instant()));
            return address;
        } catch (RuntimeException e) {
            // not "no address": the attempt fails and is retried, rather than the e-mail being given up
            throw new IllegalStateException("Could not look up the e-mail address of " + username
                    + " in Keycloak: " + e, e);
        }
    }
}
