package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.ClientRequestFilter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The city realm's preparation runs at every start-up: on an unchanged realm it reads the realm in three admin calls
 * and writes nothing, and drift made in the admin console (a role, a claim mapper deleted or changed) is repaired.
 * Every admin request is counted on the client; Keycloak's admin events confirm that no write reached it. Runs against
 * the real Keycloak of scripts/services.sh on a throw-away realm of its own, so the shared city realm is not touched.
 */
class CityRealmPreparationIntegrationTest {

    private final CountingAdmin admin = new CountingAdmin(ThrowAwayRealms.settings(ThrowAwayRealms.name("prepare"),
            "prepare-secret"));
    private final CityRealm city = new CityRealm(admin);

    @AfterEach
    void dropRealm() {
        admin.realm().remove();
    }

    @Test
    void aSecondPreparationOfAnUnchangedRealmReadsItInThreeCallsAndWritesNothing() {
        assertThat(city.ensure()).as("realm created").isTrue();
        recordAdminEvents();

        admin.requests.clear();
        assertThat(city.ensure()).as("nothing changed").isFalse();

        assertThat(admin.writes()).isEmpty();
        assertThat(admin.reads()).as("the realm's export, its user profile, the web client's secret").hasSize(3);
        assertThat(admin.realm().getAdminEvents()).as("writes Keycloak recorded").isEmpty();
    }

    @Test
    void aRoleAndAClaimMapperDeletedOrChangedInTheAdminConsoleArePutBack() {
        city.ensure();
        admin.realm().roles().deleteRole(Roles.METRICS_READER);
        ClientResource web = admin.realm().clients().get(admin.realm().clients().findByClientId("credittown-web")
                .get(0).getId());
        ProtocolMapperRepresentation department = mapper(web, "department");
        web.getProtocolMappers().delete(department.getId());
        ProtocolMapperRepresentation subject = mapper(web, "subject_code");
        subject.getConfig().put("claim.name", "renamed_in_the_console");
        web.getProtocolMappers().update(subject.getId(), subject);

        assertThat(city.ensure()).as("drift repaired").isTrue();

        assertThat(admin.realm().roles().list()).extracting(RoleRepresentation::getName)
                .contains(Roles.METRICS_READER);
        assertThat(mapper(web, "department").getConfig()).containsEntry("claim.name", "department")
                .containsEntry("user.attribute", "department");
        assertThat(mapper(web, "subject_code").getConfig()).containsEntry("claim.name", "subject_code");
        recordAdminEvents();
        assertThat(city.ensure()).as("a further run changes nothing").isFalse();
        assertThat(admin.realm().getAdminEvents()).isEmpty();
    }

    private void recordAdminEvents() {
        var events = new org.keycloak.representations.idm.RealmRepresentation();
        events.setAdminEventsEnabled(true);
        admin.realm().update(events);
        admin.realm().clearAdminEvents();
    }

    private static ProtocolMapperRepresentation mapper(ClientResource client, String name) {
        return client.getProtocolMappers().getMappers().stream().filter(m -> name.equals(m.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no mapper " + name));
    }

    /** The admin API with every request it sends recorded (method and path), the token's excepted. */
    private static final class CountingAdmin extends KeycloakAdmin {

        final List<String> requests = new CopyOnWriteArrayList<>();
        private Keycloak client;

        CountingAdmin(KeycloakSettings settings) {
            super(settings);
        }

        @Override
        public synchronized Keycloak client() {
            if (client == null) {
                ClientRequestFilter counting = request -> {
                    String path = request.getUri().getPath();
                    if (!path.endsWith("/protocol/openid-connect/token")) {
                        requests.add(request.getMethod() + " " + path);
                    }
                };
                client = KeycloakBuilder.builder().serverUrl(settings().url().toString())
                        .realm(settings().adminRealm()).clientId("admin-cli")
                        .username(settings().adminUsername()).password(settings().adminPassword())
                        .resteasyClient(new ResteasyClientBuilderImpl()
                                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(40, TimeUnit.SECONDS)
                                .register(new JacksonProvider(), 100).register(counting).build())
                        .build();
            }
            return client;
        }

        /** Requests that change something: every one but GETs and the realm's export (a POST that only reads). */
        List<String> writes() {
            return requests.stream().filter(r -> !r.startsWith("GET ") && !r.endsWith("/partial-export")).toList();
        }

        List<String> reads() {
            return requests.stream().filter(r -> !writes().contains(r)).toList();
        }
    }
}
