package com.credittown.platform.identity;

import java.util.List;

/** A member of a tenant, with the candidate groups its tasks are offered to (roles and department). */
public record TenantMember(String username, List<String> candidateGroups) {
}
