package com.credittown.ui.city;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.dashboard.OverdueCase;
import com.credittown.workflows.dashboard.OverdueHeatMap;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A tenant's overdue cases for the city office, from a heat map cell ({@code ?process=&step=} narrow it), most
 * overdue first, each linking to its case page {@code tenants/<code>/cases/<processInstanceId>}.
 */
@Route(value = "city/tenants/:tenant/overdue", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class OverdueCasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final OverdueHeatMap heatMap;
    private final TenantDirectory directory;
    private final DisplayNames names;
    private final H2 heading = new H2();
    private final Grid<OverdueCase> cases = new Grid<>();
    private String title = "";

    public OverdueCasesView(OverdueHeatMap heatMap, TenantDirectory directory, DisplayNames names) {
        this.names = names;
        this.heatMap = heatMap;
        this.directory = directory;
        cases.setId("overdue-cases");
        cases.addComponentColumn(c -> {
            Anchor link = new Anchor("tenants/" + c.tenant() + "/cases/" + c.caseId(), c.caseId());
            link.addClassName("overdue-case");
            return link;
        }).setHeader(getTranslation("city.overdue.case")).setAutoWidth(true);
        cases.addColumn(c -> processName(c.processKey())).setHeader(getTranslation("tasks.column.process"))
                .setAutoWidth(true);
        cases.addColumn(c -> names.step(c.processKey(), c.stepKey(), c.stepName())).setHeader(getTranslation("tasks.column.step")).setAutoWidth(true);
        cases.addColumn(c -> DUE.format(c.dueAt())).setHeader(getTranslation("tasks.column.due")).setAutoWidth(true);
        cases.addColumn(OverdueCase::daysOverdue).setHeader(getTranslation("city.overdue.days")).setAutoWidth(true);
        cases.setAllRowsVisible(true);
        add(new Anchor("city/dashboard", getTranslation("city.back")), heading, cases);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = directory.find(code);
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", code));
            return;
        }
        var query = event.getLocation().getQueryParameters();
        String process = query.getSingleParameter("process").orElse(null);
        String step = query.getSingleParameter("step").orElse(null);
        var found = heatMap.overdueCases(tenant.get().id(), process, step);
        title = getTranslation("city.overdue.title", names.tenant(tenant.get()));
        heading.setText(title + (found.isEmpty() ? "" : " · " + names.step(found.get(0).processKey(),
                found.get(0).stepKey(), found.get(0).stepName())));
        if (step == null) {
            heading.setText(title);
        }
        cases.setItems(found);
    }

    private String processName(String processKey) {
        return names.process(processKey);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
