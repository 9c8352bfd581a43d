package com.credittown.platform.identity;

import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;

/**
 * Makes a user of a tenant the reviewer of one of its departments in Keycloak: the {@code department} attribute
 * (which the token carries and {@link CurrentUser#candidateGroups()} turns into the {@code department:<code>}
 * group) and the department-reviewer role. Only users of the tenant's own organisation are touched.
 * Keycloak being unreachable surfaces as a runtime exception; callers retry.
 */
@Service
public class DepartmentAssignments {

    /** What an assignment came to. */
    public enum Outcome {
        DONE, UNKNOWN_USER, NOT_A_MEMBER
    }

    private final KeycloakAdmin admin;
    private final TenantOrganisations organisations;

    DepartmentAssignments(KeycloakAdmin admin, TenantOrganisations organisations) {
        this.admin = admin;
        this.organisations = organisations;
    }

    /** Whether the user exists and belongs to the tenant's organisation (without changing anything). */
    public Outcome check(String tenant, String username) {
        return member(tenant, username).map(user -> Outcome.DONE).orElseGet(() -> unknownOrForeign(username));
    }

    /**
     * Sets (or, with a null department, clears) the user's department, granting (or revoking) the department-reviewer
     * role with it.
     *
     * @param department the department code, or null to remove the user from reviewing
     */
    public Outcome assign(String tenant, String username, String department) {
        Optional<UserRepresentation> found = member(tenant, username);
        if (found.isEmpty()) {
            return unknownOrForeign(username);
        }
        RealmResource realm = admin.realm();
        UserResource user = realm.users().get(found.get().getId());
        UserRepresentation representation = user.toRepresentation();
        var attributes = representation.getAttributes() == null
                ? new java.util.HashMap<String, List<String>>() : new java.util.HashMap<>(representation.getAttributes());
        if (department == null) {
            attributes.remove("department");
        } else {
            attributes.put("department", List.of(department));
        }
        representation.setAttributes(attributes);
        user.update(representation);
        boolean reviewer = user.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .anyMatch(Roles.DEPARTMENT_REVIEWER::equals);
        if (department != null && !reviewer) {
            user.roles().realmLevel().add(List.of(realm.roles().get(Roles.DEPARTMENT_REVIEWER).toRepresentation()));
        } else if (department == null && reviewer) {
            // a user reviews one department at most: without it the role would grant a reviewer's pages for nothing
            user.roles().realmLevel().remove(List.of(realm.roles().get(Roles.DEPARTMENT_REVIEWER).toRepresentation()));
        }
        return Outcome.DONE;
    }

    private Optional<UserRepresentation> member(String tenant, String username) {
        List<UserRepresentation> users = admin.realm().users().searchByUsername(username, true);
        if (users.isEmpty()) {
            return Optional.empty();
        }
        UserRepresentation user = users.get(0);
        boolean member = organisations.find(tenant)
                .map(org -> admin.realm().organizations().get(org.getId()).members().getAll().stream()
                        .anyMatch(m -> user.getId().equals(m.getId())))
                .orElse(false);
        return member ? Optional.of(user) : Optional.empty();
    }

    private Outcome unknownOrForeign(String username) {
        return admin.realm().users().searchByUsername(username, true).isEmpty()
                ? Outcome.UNKNOWN_USER : Outcome.NOT_A_MEMBER;
    }
}
