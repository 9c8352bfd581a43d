package com.credittown.platform.identity;

import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The city realm as Keycloak holds it, read in one admin call (the realm's partial export: its settings, realm roles
 * with their composites, clients with their mappers and client scopes, client scopes), so that a preparation of an
 * unchanged realm reads once and writes nothing. Client secrets are masked in the export ({@link CityClients} reads
 * the web client's own).
 */
final class RealmState {

    private final RealmRepresentation realm;

    private RealmState(RealmRepresentation realm) {
        this.realm = realm;
    }

    /** The realm's state, or empty when Keycloak has no such realm. */
    static Optional<RealmState> read(RealmResource realm) {
        try {
            return Optional.of(new RealmState(realm.partialExport(true, true)));
        } catch (NotFoundException missing) {
            return Optional.empty();
        }
    }

    RealmRepresentation settings() {
        return realm;
    }

    List<RoleRepresentation> realmRoles() {
        return realm.getRoles() == null || realm.getRoles().getRealm() == null ? List.of()
                : realm.getRoles().getRealm();
    }

    Optional<RoleRepresentation> realmRole(String name) {
        return realmRoles().stream().filter(role -> name.equals(role.getName())).findFirst();
    }

    /** The realm's default role ({@code default-roles-<realm>}), whose composites every new user gets. */
    String defaultRoleName() {
        return realm.getDefaultRole() != null && realm.getDefaultRole().getName() != null
                ? realm.getDefaultRole().getName() : "default-roles-" + realm.getRealm();
    }

    /** The realm roles a role is composed of (none when it is not composite). */
    List<String> realmCompositesOf(String role) {
        return realmRole(role).map(RoleRepresentation::getComposites)
                .map(composites -> composites.getRealm() == null ? List.<String>of() : List.copyOf(composites.getRealm()))
                .orElse(List.of());
    }

    Optional<ClientRepresentation> client(String clientId) {
        return realm.getClients() == null ? Optional.empty()
                : realm.getClients().stream().filter(client -> clientId.equals(client.getClientId())).findFirst();
    }

    Optional<String> clientScopeId(String name) {
        return realm.getClientScopes() == null ? Optional.empty() : realm.getClientScopes().stream()
                .filter(scope -> name.equals(scope.getName())).map(ClientScopeRepresentation::getId).findFirst();
    }
}
