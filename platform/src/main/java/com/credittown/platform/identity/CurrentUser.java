package com.credittown.platform.identity;

import com.credittown.platform.tenancy.TenantId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the Keycloak token says: the user name, the tenant (the user's organisation), the realm
 * roles, and for reviewers and merchants their department or credit subject.
 */
public record CurrentUser(String username, Optional<TenantId> tenant, Set<String> roles, Optional<String> department,
                          Optional<String> subjectCode) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isCityOffice() {
        return has(Roles.CITY_OFFICE);
    }

    /**
     * A merchant and nothing else: sees only its own subject ({@link #subjectCode()}) and the cases about it.
     * A merchant account that is also an officer acts as the officer.
     */
    public boolean isOnlyMerchant() {
        return roles.equals(Set.of(Roles.MERCHANT));
    }

    /** Whether this user may see the subject with this code: everyone but a merchant, who sees its own. */
    public boolean maySeeSubject(String code) {
        return !isOnlyMerchant() || subjectCode.filter(own -> own.equals(code)).isPresent();
    }

    /** The Flowable candidate groups this user may work: their roles, and their department's group. */
    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>(roles);
        department.ifPresent(d -> groups.add(Roles.departmentGroup(d)));
        return List.copyOf(groups);
    }

    /** Reads the claims of a Keycloak access or ID token. */
    public static CurrentUser fromClaims(Map<String, Object> claims) {
        String username = string(claims.get("preferred_username")).orElse(string(claims.get("sub")).orElse("unknown"));
        return new CurrentUser(username, organisation(claims.get("organization")), realmRoles(claims.get("realm_access")),
                string(claims.get("department")), string(claims.get("subject_code")));
    }

    /**
     * The tenant from the {@code organization} claim: a list of aliases, or (newer Keycloak) a map keyed by
     * alias. A user in no organisation, or in several, has no tenant.
     */
    static Optional<TenantId> organisation(Object claim) {
        Collection<?> aliases = claim instanceof Map<?, ?> map ? map.keySet()
                : claim instanceof Collection<?> list ? list
                : claim instanceof String single ? List.of(single) : List.of();
        if (aliases.size() != 1) {
            return Optional.empty();
        }
        String alias = String.valueOf(aliases.iterator().next());
        return TenantId.isWellFormed(alias) ? Optional.of(new TenantId(alias)) : Optional.empty();
    }

    private static Set<String> realmRoles(Object claim) {
        Set<String> roles = new LinkedHashSet<>();
        if (claim instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> list) {
            list.forEach(role -> {
                if (Roles.ALL.contains(String.valueOf(role))) {
                    roles.add(String.valueOf(role));
                }
            });
        }
        return roles;
    }

    private static Optional<String> string(Object value) {
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? Optional.empty() : string(list.iterator().next());
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }
}
