package com.credittown.ui.security;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.PageTenants;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one navigation guard of every per-tenant page ({@code tenants/:tenant/...}) and public tenant page
 * ({@code public/tenants/:tenant/...}); views never check or bind the tenant themselves.
 *
 * <ul>
 *   <li>A tenant user (officer, reviewer, administrator, merchant) opens only its own tenant's pages: the request
 *       filter bound its tenant from its token; another tenant's page is answered exactly like one that does not
 *       exist.</li>
 *   <li>The city office (reading any tenant) and the public (a public page) open the tenant the address names: the
 *       guard opens it for the page ({@link PageTenants#open}): bound for the rest of the request that navigates, and
 *       remembered so the page's follow-up requests are bound to it; two tabs on two tenants keep their own.</li>
 * </ul>
 */
@Component
class TenantRouteGuard implements VaadinServiceInitListener {

    private final TenantDirectory directory;

    TenantRouteGuard(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        boolean publicPage = path.startsWith("public/tenants/");
        if (!publicPage && !path.startsWith("tenants/")) {
            return;
        }
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = directory.find(code);
        if (tenant.isEmpty()) {
            notFound(event, code);
            return;
        }
        TenantId named = tenant.get().id();
        boolean readsAnyTenant = publicPage || CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        if (!readsAnyTenant) {
            if (TenantContext.current().filter(named::equals).isEmpty()) {
                notFound(event, code);
            }
            return;
        }
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            notFound(event, code);
            return;
        }
        PageTenants.open(request.getHttpServletRequest().getSession(), event.getUI().getUIId(), named);
    }

    private static void notFound(BeforeEnterEvent event, String code) {
        event.rerouteToError(NotFoundException.class, event.getUI().getTranslation("tasks.unknownTenant", code));
    }
}
