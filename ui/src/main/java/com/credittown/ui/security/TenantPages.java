package com.credittown.ui.security;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;

/**
 * The one guard of every per-tenant page ({@code /tenants/:tenant/...}): the tenant a page is about is the user's own
 * (the request filter set it from the token), or, for the city office, the one in the address (the page reloads so the
 * request sets it). Another tenant's page is answered exactly like a tenant that does not exist.
 */
public final class TenantPages {

    private TenantPages() {
    }

    /** @param path the page's route with {@code :tenant}, e.g. {@code /tenants/:tenant/tasks} */
    public static Optional<Tenant> resolve(BeforeEnterEvent event, TenantDirectory directory, String path) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = directory.find(code);
        boolean sameTenant = tenant.isPresent()
                && TenantContext.current().map(t -> t.equals(tenant.get().id())).orElse(false);
        if (tenant.isPresent() && !sameTenant && readOnly() && TenantContext.current().isPresent()) {
            event.getUI().getPage().setLocation(path.replace(":tenant", code));
            return Optional.empty();
        }
        if (!sameTenant) {
            event.rerouteToError(NotFoundException.class, event.getUI().getTranslation("tasks.unknownTenant", code));
            return Optional.empty();
        }
        return tenant;
    }

    /** The city office reads tenants' pages but changes nothing. */
    public static boolean readOnly() {
        return CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    }

    /** Only a tenant's administrator publishes, as for the template library's REST rules. */
    public static boolean mayPublish() {
        return CurrentUsers.current().map(user -> user.has(Roles.ADMINISTRATOR)).orElse(false);
    }
}
