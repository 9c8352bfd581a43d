package com.credittown.ui.tenants;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.credittown.platform.identity.CurrentUsers;
import jakarta.annotation.security.PermitAll;

/**
 * The start page. A tenant's user goes straight to their own tenant's tasks; the city office sees every
 * tenant, each linking to its task list (read only).
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class TenantListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public TenantListView(TenantDirectory directory) {
        Grid<Tenant> grid = new Grid<>();
        grid.setId("tenant-grid");
        grid.addColumn(tenant -> tenant.id().code()).setHeader(getTranslation("tenants.column.code")).setAutoWidth(true);
        grid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("tenants.title")).setAutoWidth(true);
        grid.addColumn(tenant -> getTranslation("tenants.kind." + tenant.kind()))
                .setHeader(getTranslation("tenants.column.kind")).setAutoWidth(true);
        grid.addComponentColumn(tenant -> new Anchor("tenants/" + tenant.id().code() + "/tasks",
                getTranslation("tenants.openTasks")));
        grid.setItems(directory.all());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("tenants.title")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CurrentUsers.current().filter(user -> !user.isCityOffice()).ifPresent(user -> user.tenant().ifPresent(tenant ->
                // a merchant lands in its portal, everyone else of a tenant on the tenant's tasks
                event.getUI().getPage().setLocation("/tenants/" + tenant.code()
                        + (user.isOnlyMerchant() ? "/merchant" : "/tasks"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
