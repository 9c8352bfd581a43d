package com.credittown.ui.security;

import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import java.util.Optional;

/**
 * What a per-tenant page ({@code /tenants/:tenant/...}) reads of its tenant. Which tenant that is, and whether the user
 * may open it, is {@link TenantRouteGuard}'s rule (the one navigation guard); a page only asks for the tenant its
 * request is bound to.
 */
public final class TenantPages {

    private TenantPages() {
    }

    /** The tenant the page is about (empty only if the guard let a page open without one, which it does not). */
    public static Optional<Tenant> current(TenantDirectory directory) {
        return TenantContext.current().flatMap(tenant -> directory.find(tenant.code()));
    }

    /** Whether the designer pages may change designs (the access policy's DESIGN_EDIT: not the city office). */
    public static boolean readOnly() {
        return !AccessPolicy.allows(Permission.DESIGN_EDIT);
    }

    /** Whether the user may publish (the access policy's DESIGN_PUBLISH / TEMPLATE_PUBLISH: the administrator). */
    public static boolean mayPublish() {
        return AccessPolicy.allows(Permission.DESIGN_PUBLISH);
    }
}
