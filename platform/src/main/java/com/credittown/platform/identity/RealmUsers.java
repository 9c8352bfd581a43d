package com.credittown.platform.identity;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;

/** Creates provisioned users with their roles, attributes and organisation. Idempotent. */
@Service
public class RealmUsers {

    private final KeycloakAdmin admin;
    private final TenantOrganisations organisations;

    private static final String SUBJECT_CODE = MerchantLogins.SUBJECT_CODE;

    RealmUsers(KeycloakAdmin admin, TenantOrganisations organisations) {
        this.admin = admin;
        this.organisations = organisations;
    }

    /** Creates the user if missing and makes sure of its roles and membership; returns whether anything changed. */
    public boolean ensure(RealmUser user) {
        RealmResource realm = admin.realm();
        List<UserRepresentation> found = realm.users().searchByUsername(user.username(), true);
        boolean changed = false;
        String id;
        if (found.isEmpty()) {
            id = create(realm, user);
            changed = true;
        } else {
            id = found.get(0).getId();
            changed = updateAttributes(realm, id, user);
        }
        List<String> granted = realm.users().get(id).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList();
        List<RoleRepresentation> missing = user.roles().stream().filter(role -> !granted.contains(role))
                .map(role -> realm.roles().get(role).toRepresentation()).toList();
        if (!missing.isEmpty()) {
            realm.users().get(id).roles().realmLevel().add(missing);
            changed = true;
        }
        if (user.tenant().isPresent()) {
            changed |= organisations.addMember(user.tenant().get(), id);
        }
        return changed;
    }

    /**
     * Replaces a provisioned {@code subject_code} that is not a valid unified social credit code (the demo merchants'
     * codes from before the full GB 32100 check) with the provisioned one. Every other attribute is kept as it is:
     * tenant settings write {@code department}, and instances sharing a realm must not undo each other.
     */
    private static boolean updateAttributes(RealmResource realm, String id, RealmUser user) {
        if (!user.attributes().containsKey(SUBJECT_CODE)) {
            return false;
        }
        UserRepresentation existing = realm.users().get(id).toRepresentation();
        Map<String, List<String>> attributes = existing.getAttributes() == null ? new java.util.HashMap<>()
                : new java.util.HashMap<>(existing.getAttributes());
        boolean differs = false;
        for (Map.Entry<String, String> wanted : user.attributes().entrySet()) {
            List<String> current = attributes.get(wanted.getKey());
            boolean invalidCode = SUBJECT_CODE.equals(wanted.getKey()) && current != null && !current.isEmpty()
                    && !com.credittown.platform.uscc.Uscc.check(current.get(0)).isValid();
            if (invalidCode) {
                attributes.put(wanted.getKey(), List.of(wanted.getValue()));
                differs = true;
            }
        }
        if (differs) {
            existing.setAttributes(attributes);
            realm.users().get(id).update(existing);
        }
        return differs;
    }

    private static String create(RealmResource realm, RealmUser user) {
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEnabled(true);
        representation.setEmail(user.email());
        representation.setEmailVerified(true);
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        Map<String, List<String>> attributes = user.attributes().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        representation.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(user.password());
        password.setTemporary(false);
        representation.setCredentials(List.of(password));
        try (Response response = realm.users().create(representation)) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused user " + user.username() + ": " + response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }
}
