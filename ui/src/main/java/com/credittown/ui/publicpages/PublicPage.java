package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.concurrent.Callable;

/**
 * A public page of one tenant. Anonymous visitors carry no tenant in a session, so each read runs explicitly as
 * the tenant the route names; an unknown tenant is "not found".
 */
abstract class PublicPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantDirectory directory;
    protected Tenant tenant;

    PublicPage(TenantDirectory directory) {
        this.directory = directory;
        setWidthFull();
        setMaxWidth("800px");
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        var found = directory.find(code);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", code));
            return;
        }
        tenant = found.get();
        try {
            asTenant(() -> {
                show(event);
                return null;
            });
        } catch (com.credittown.platform.web.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("public.notFound"));
        }
    }

    protected abstract void show(BeforeEnterEvent event);

    /** Runs work as the page's tenant. */
    protected <T> T asTenant(Callable<T> work) {
        return TenantContext.callAs(tenant.id(), work);
    }

    @Override
    public String getPageTitle() {
        return tenant == null ? getTranslation("public.title") : tenant.name(getLocale()) + " · " + getTranslation("public.notices");
    }
}
