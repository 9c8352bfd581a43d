package com.credittown.ui.design;

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
 * The tenant a designer page is about: the user's own (the request filter set it from the token), or, for the city
 * office, the one in the address. Another tenant's page is answered exactly like a tenant that does not exist.
 */
final class TenantPages {

    private TenantPages() {
    }

    static Optional<Tenant> resolve(BeforeEnterEvent event, TenantDirectory directory, String path) {
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

    /** The city office reads designs and templates but changes nothing. */
    static boolean readOnly() {
        return CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    }

    /** Only a tenant's administrator publishes, as for the template library's REST rules. */
    static boolean mayPublish() {
        return CurrentUsers.current().map(user -> user.has(Roles.ADMINISTRATOR)).orElse(false);
    }
}
