package com.credittown.platform.identity;

import com.credittown.platform.tenancy.Tenant;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.stereotype.Service;

/** One Keycloak organisation per tenant: its alias is the tenant code, the token's {@code organization}. */
@Service
public class TenantOrganisations {

    private static final int MAX_ORGANISATIONS = 10_000;

    private final KeycloakAdmin admin;

    TenantOrganisations(KeycloakAdmin admin) {
        this.admin = admin;
    }

    /** Creates the tenant's organisation if missing; returns whether anything changed. */
    public boolean ensure(Tenant tenant) {
        if (find(tenant.id().code()).isPresent()) {
            return false;
        }
        OrganizationRepresentation organisation = new OrganizationRepresentation();
        organisation.setAlias(tenant.id().code());
        organisation.setName(tenant.nameZh());
        organisation.setEnabled(true);
        organisation.setDescription(tenant.nameZh() + " (" + tenant.kind() + ")");
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(tenant.id().code() + "." + admin.settings().realm() + ".credittown.internal");
        organisation.addDomain(domain);
        try (Response response = admin.realm().organizations().create(organisation)) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused the organisation of " + tenant.id() + ": "
                        + response.getStatus() + " " + response.readEntity(String.class));
            }
        }
        return true;
    }

    public Optional<OrganizationRepresentation> find(String alias) {
        // a city has tens to hundreds of tenants; Keycloak pages organisations (10 by default)
        List<OrganizationRepresentation> all = admin.realm().organizations().list(0, MAX_ORGANISATIONS);
        return all.stream().filter(org -> alias.equals(org.getAlias())).findFirst();
    }

    /** Makes the user a member of the tenant's organisation; returns whether anything changed. */
    public boolean addMember(String alias, String userId) {
        OrganizationRepresentation organisation = find(alias)
                .orElseThrow(() -> new IllegalStateException("No organisation " + alias));
        var members = admin.realm().organizations().get(organisation.getId()).members();
        boolean member = members.getAll().stream().anyMatch(m -> userId.equals(m.getId()));
        if (member) {
            return false;
        }
        try (Response response = members.addMember(userId)) {
            if (response.getStatus() >= 300) {
                throw new IllegalStateException("Keycloak refused membership in " + alias + ": " + response.getStatus());
            }
        }
        return true;
    }
}
