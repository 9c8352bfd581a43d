package com.credittown.platform.identity;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a self-registered merchant account to its credit subject once an officer has verified it: the
 * account joins the tenant's organisation and carries the subject's code, so its tokens name both.
 */
@Service
@Allowed(Permission.MERCHANT_LINK)
public class MerchantAccounts {

    private final KeycloakAdmin admin;
    private final TenantOrganisations organisations;
    private final CreditSubjectRegistry subjects;
    private final AuditLog audit;

    MerchantAccounts(KeycloakAdmin admin, TenantOrganisations organisations, CreditSubjectRegistry subjects,
                     AuditLog audit) {
        this.admin = admin;
        this.organisations = organisations;
        this.subjects = subjects;
        this.audit = audit;
    }

    /**
     * @throws NotFoundException if the subject is not in this tenant's archive or the account does not exist
     * @throws ConflictException if the account is not a merchant, belongs to another tenant or is linked to
     *                           another subject
     */
    @Transactional
    public void link(String username, String subjectCode, String actor) {
        TenantId tenant = TenantContext.require();
        // the problem is named at the field the caller sent, subjectCode
        com.credittown.platform.credit.code.Uscc.check(subjectCode).message().ifPresent(problem -> {
            throw new com.credittown.platform.web.InvalidInputException(List.of(
                    new com.credittown.platform.web.FieldProblem("subjectCode", problem)));
        });
        SubjectView subject = subjects.byCode(subjectCode).orElseThrow(() -> new NotFoundException(
                "Unknown credit subject", "No credit subject with the code " + subjectCode.strip() + " is registered."));
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
        String linked = user.firstAttribute("subject_code");
        if (linked != null && !linked.equals(subject.code())) {
            throw new ConflictException("The account '" + username + "' is linked to another subject.");
        }
        if (linked == null) {
            Map<String, List<String>> attributes = new java.util.HashMap<>(
                    user.getAttributes() == null ? Map.of() : user.getAttributes());
            attributes.put("subject_code", List.of(subject.code()));
            user.setAttributes(attributes);
            account.update(user);
        }
        organisations.addMember(tenant.code(), user.getId());
        audit.record(actor, "MERCHANT_LINKED", "credit-subject", String.valueOf(subject.id()),
                "account " + username + " linked to " + subject.code());
    }
}
