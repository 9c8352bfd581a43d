package com.credittown.platform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;

/**
 * The users of a tenant, as Keycloak knows them (members of the tenant's organisation): whom a task may be handed to.
 * A user of another tenant, or a name nobody has, is absent alike. Keycloak being unreachable surfaces as a runtime
 * exception.
 */
@Service
public class TenantMembers {

    private final KeycloakAdmin admin;
    private final TenantOrganisations organisations;

    TenantMembers(KeycloakAdmin admin, TenantOrganisations organisations) {
        this.admin = admin;
        this.organisations = organisations;
    }

    /** The user, if it exists and is a member of the tenant's organisation. */
    public Optional<TenantMember> find(String tenant, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        List<UserRepresentation> users = admin.realm().users().searchByUsername(username.strip(), true);
        if (users.isEmpty()) {
            return Optional.empty();
        }
        UserRepresentation user = users.get(0);
        boolean member = organisations.find(tenant)
                .map(org -> admin.realm().organizations().get(org.getId()).members().getAll().stream()
                        .anyMatch(m -> user.getId().equals(m.getId())))
                .orElse(false);
        if (!member) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>(admin.realm().users().get(user.getId()).roles().realmLevel().listAll()
                .stream().map(RoleRepresentation::getName).filter(Roles.ALL::contains).toList());
        var department = user.getAttributes() == null ? null : user.getAttributes().get("department");
        if (department != null && !department.isEmpty()) {
            groups.add("department:" + department.get(0));
        }
        return Optional.of(new TenantMember(user.getUsername(), List.copyOf(groups)));
    }

    /**
     * The usernames of the tenant's members holding the officer role, by name: whom a tenant's inspections may be
     * given to. Empty if the tenant has no organisation.
     */
    public List<String> officers(String tenant) {
        return organisations.find(tenant)
                .map(org -> admin.realm().organizations().get(org.getId()).members().getAll().stream()
                        .filter(m -> admin.realm().users().get(m.getId()).roles().realmLevel().listAll().stream()
                                .anyMatch(r -> Roles.OFFICER.equals(r.getName())))
                        .map(m -> m.getUsername()).sorted().toList())
                .orElse(List.of());
    }
}
