package com.credittown.platform.notification;

import com.credittown.platform.identity.KeycloakAdmin;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Users' addresses from the city's Keycloak realm (exact user-name match), cached for the life of the
 * application. An answer is cached only when Keycloak answered: while it is down nothing is cached and the
 * e-mail waits for the deadline job's retry.
 */
@Component
class KeycloakMailAddresses implements MailAddresses {

    private static final Logger log = LoggerFactory.getLogger(KeycloakMailAddresses.class);

    private final KeycloakAdmin keycloak;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    KeycloakMailAddresses(KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public Optional<String> of(String username) {
        Optional<String> cached = cache.get(username);
        if (cached != null) {
            return cached;
        }
        try {
            var users = keycloak.realm().users().searchByUsername(username, true);
            Optional<String> address = users.isEmpty() ? Optional.empty()
                    : Optional.ofNullable(users.get(0)).map(UserRepresentation::getEmail).filter(e -> !e.isBlank());
            cache.put(username, address);
            return address;
        } catch (RuntimeException e) {
            log.warn("Could not look up the e-mail address of {} in Keycloak: {}", username, e.toString());
            return Optional.empty();
        }
    }
}
