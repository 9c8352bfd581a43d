package com.credittown.platform.identity;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;

/**
 * The Keycloak side of linking a merchant account to its credit subject: the account joins the current tenant's
 * organisation and carries the subject's code, so its tokens name both. Which subject, and the audit entry, are the
 * merchant feature's ({@code platform.merchant.MerchantAccounts}).
 */
@Service
@Allowed(Permission.MERCHANT_LINK)
public class MerchantLogins {

    static final String SUBJECT_CODE = "subject_code";

    private final KeycloakAdmin admin;
    private final TenantOrganisations organisations;

    MerchantLogins(KeycloakAdmin admin, TenantOrganisations organisations) {
        this.admin = admin;
        this.organisations = organisations;
    }

    /**
     * Links the account to the subject with this (valid, canonical) code in the tenant the caller acts for.
     *
     * @throws NotFoundException if the account does not exist
     * @throws ConflictException if the account is not a merchant, belongs to another tenant or is linked to
     *                           another subject
     */
    public void link(String username, String subjectCode) {
        TenantId tenant = TenantContext.require();
        List<UserRepresentation> found = admin.realm().users().searchByUsername(username, true);
        if (found.isEmpty()) {
            throw new NotFoundException("Unknown account", "No account '" + username + "' exists.");
        }
        UserRepresentation user = found.get(0);
        UserResource account = admin.realm().users().get(user.getId());
        boolean merchant = account.roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).anyMatch(Roles.MERCHANT::equals);
        if (!merchant) {
            throw new ConflictException("The account '" + username + "' is not a merchant account.");
        }
        List<OrganizationRepresentation> memberships = admin.realm().organizations().members()
                .getOrganizations(user.getId(), true);
        if (memberships.stream().anyMatch(org -> !tenant.code().equals(org.getAlias()))) {
            throw new ConflictException("The account '" + username + "' belongs to another town or park.");
        }
        String linked = user.firstAttribute(SUBJECT_CODE);
        if (linked != null && !linked.equals(subjectCode)) {
            throw new ConflictException("The account '" + username + "' is linked to another subject.");
        }
        if (linked == null) {
            Map<String, List<String>> attributes = new HashMap<>(
                    user.getAttributes() == null ? Map.of() : user.getAttributes());
            attributes.put(SUBJECT_CODE, List.of(subjectCode));
            user.setAttributes(attributes);
            account.update(user);
        }
        organisations.addMember(tenant.code(), user.getId());
    }
}
