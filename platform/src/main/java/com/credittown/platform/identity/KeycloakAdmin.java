package com.credittown.platform.identity;

import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.stereotype.Component;

/** The Keycloak admin API of the city's realm, opened on demand (Keycloak may be down at start-up). */
@Component
public class KeycloakAdmin {

    private final KeycloakSettings settings;
    private volatile Keycloak client;

    KeycloakAdmin(KeycloakSettings settings) {
        this.settings = settings;
    }

    public KeycloakSettings settings() {
        return settings;
    }

    public Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = KeycloakBuilder.builder()
                            .serverUrl(settings.url().toString())
                            .realm(settings.adminRealm())
                            .clientId("admin-cli")
                            .username(settings.adminUsername())
                            .password(settings.adminPassword())
                            .resteasyClient(new ResteasyClientBuilderImpl()
                                    .connectTimeout(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)
                                    .readTimeout(settings.timeout().toMillis() * 4, TimeUnit.MILLISECONDS)
                                    .register(new JacksonProvider(), 100)
                                    .build())
                            .build();
                }
                current = client;
            }
        }
        return current;
    }

    public RealmResource realm() {
        return client().realm(settings.realm());
    }
}
