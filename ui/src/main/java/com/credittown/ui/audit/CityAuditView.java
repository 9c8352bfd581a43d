package com.credittown.ui.audit;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.audit.AuditTrail;
import com.credittown.platform.audit.ChainStatus;
import com.credittown.platform.audit.ChainedEntry;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * The city office's audit page (审计): every audit chain's status (each tenant's and the city level's, verified
 * anew on each visit) and the entries of all tenants or of one, filtered.
 */
@Route(value = "city/audit", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityAuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditTrail trail;
    private final DisplayNames names;
    private final Grid<ChainStatus> chains = new Grid<>();
    private final ComboBox<String> tenant = new ComboBox<>();
    private final AuditEntriesPanel entries;

    public CityAuditView(AuditTrail trail, TenantDirectory directory, DisplayNames names) {
        this.trail = trail;
        this.names = names;
        chains.setId("audit-chains");
        chains.addColumn(status -> chainName(status.chain())).setHeader(getTranslation("audit.col.tenant"))
                .setAutoWidth(true);
        chains.addColumn(ChainStatus::entries).setHeader(getTranslation("audit.col.entries")).setAutoWidth(true);
        chains.addComponentColumn(status -> {
            Span text = new Span(ChainStatusText.of(this, status));
            text.setId("chain-" + status.chain());
            text.getElement().setAttribute("data-intact", Boolean.toString(status.intact()));
            text.getStyle().set("color", status.intact() ? "var(--lumo-success-text-color)"
                    : "var(--lumo-error-text-color)");
            return text;
        }).setHeader(getTranslation("audit.col.status")).setFlexGrow(1);
        chains.setAllRowsVisible(true);
        chains.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<String> codes = new ArrayList<>(directory.all().stream().map(t -> t.id().code()).toList());
        codes.add(ChainedEntry.CITY);
        tenant.setId("audit-tenant");
        tenant.setLabel(getTranslation("audit.filter.tenant"));
        tenant.setItems(codes);
        tenant.setItemLabelGenerator(this::chainName);
        tenant.setClearButtonVisible(true);
        tenant.setPlaceholder(getTranslation("audit.filter.allTenants"));
        this.entries = new AuditEntriesPanel(trail, names, tenant::getValue);
        tenant.addValueChangeListener(e -> entries.reload());
        add(new H2(getTranslation("audit.city.title")), new H3(getTranslation("audit.city.chains")), chains,
                new H3(getTranslation("audit.city.entries")), tenant, entries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        chains.setItems(trail.everyChain());
        entries.reload();
    }

    private String chainName(String chain) {
        return ChainedEntry.CITY.equals(chain) ? getTranslation("audit.cityLevel") : names.tenant(chain);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.city.title");
    }
}
