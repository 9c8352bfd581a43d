package com.credittown.ui.tenants;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The tenants of the city, each linking to its task list. Until login arrives (identity issue) this is
 * how a user picks a tenant; afterwards the tenant comes from the user's organisation.
 */
@Route(value = "", layout = MainLayout.class)
public class TenantListView extends VerticalLayout implements HasDynamicTitle {

    public TenantListView(TenantDirectory directory) {
        Grid<Tenant> grid = new Grid<>();
        grid.setId("tenant-grid");
        grid.addColumn(tenant -> tenant.id().code()).setHeader("code").setAutoWidth(true);
        grid.addColumn(Tenant::nameZh).setHeader(getTranslation("tenants.title")).setAutoWidth(true);
        grid.addColumn(tenant -> getTranslation("tenants.kind." + tenant.kind())).setAutoWidth(true);
        grid.addComponentColumn(tenant -> new Anchor("tenants/" + tenant.id().code() + "/tasks",
                getTranslation("tenants.openTasks")));
        grid.setItems(directory.all());
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("tenants.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
