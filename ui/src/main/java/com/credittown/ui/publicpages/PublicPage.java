package com.credittown.ui.publicpages;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.ui.security.TenantPages;
import com.credittown.platform.tenancy.TenantDirectory;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

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
        // the navigation guard bound the tenant the address names, or rerouted
        tenant = TenantPages.current(directory).orElseThrow();
        try {
            show(event);
        } catch (com.credittown.platform.web.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("public.notFound"));
        }
    }

    protected abstract void show(BeforeEnterEvent event);

    @Override
    public String getPageTitle() {
        return tenant == null ? getTranslation("public.title") : tenant.name(getLocale()) + " · " + getTranslation("public.notices");
    }
}
