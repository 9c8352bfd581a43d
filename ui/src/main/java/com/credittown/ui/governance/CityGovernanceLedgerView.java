package com.credittown.ui.governance;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.governance.GovernanceLedger;
import com.credittown.workflows.governance.LedgerEntryView;
import com.credittown.workflows.governance.TenantLedgerSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The city office's read-only view of every town's governance ledger: one row per town in figures (on the ledger,
 * left, interviewed, warning due, rectified), and the chosen town's entities with their interviews.
 */
@Route(value = "city/governance-ledger", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityGovernanceLedgerView extends VerticalLayout implements HasDynamicTitle {

    public CityGovernanceLedgerView(GovernanceLedger ledger) {
        setWidthFull();
        add(new H2(getTranslation("governance.city.title")), new Paragraph(getTranslation("governance.city.help")));
        Grid<TenantLedgerSummary> towns = new Grid<>();
        towns.setId("city-governance-towns");
        towns.setAllRowsVisible(true);
        towns.addColumn(TenantLedgerSummary::tenantName).setHeader(getTranslation("governance.col.town"))
                .setAutoWidth(true);
        towns.addColumn(TenantLedgerSummary::inLedger).setHeader(getTranslation("governance.col.inLedger"));
        towns.addColumn(TenantLedgerSummary::exited).setHeader(getTranslation("governance.col.exited"));
        towns.addColumn(TenantLedgerSummary::interviewed).setHeader(getTranslation("governance.col.interviewed"));
        towns.addColumn(TenantLedgerSummary::warningDue).setHeader(getTranslation("governance.col.warningDue"));
        towns.addColumn(TenantLedgerSummary::rectified).setHeader(getTranslation("governance.col.rectified"));
        towns.setItems(ledger.cityOverview());

        Grid<LedgerEntryView> entries = new Grid<>();
        entries.setId("city-governance-entries");
        entries.setAllRowsVisible(true);
        entries.addColumn(e -> e.subjectName() + " · " + e.subjectCode())
                .setHeader(getTranslation("governance.col.subject")).setAutoWidth(true);
        entries.addColumn(LedgerEntryView::enteredOn).setHeader(getTranslation("governance.col.enteredOn"));
        entries.addColumn(LedgerEntryView::basisRecords).setHeader(getTranslation("governance.col.records"))
                .setFlexGrow(1);
        entries.addColumn(e -> getTranslation("governance.status." + e.status()))
                .setHeader(getTranslation("governance.col.status")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("governance.rectification." + e.rectification()))
                .setHeader(getTranslation("governance.col.rectification")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("governance.escalation." + e.escalation()))
                .setHeader(getTranslation("governance.col.escalation")).setAutoWidth(true);
        entries.addColumn(e -> e.interviews().stream().map(i -> i.kindName() + " " + i.heldOn())
                .reduce((a, b) -> a + "；" + b).orElse("")).setHeader(getTranslation("governance.interview"))
                .setAutoWidth(true);
        towns.asSingleSelect().addValueChangeListener(e -> entries.setItems(e.getValue() == null
                ? java.util.List.of() : ledger.cityEntries(e.getValue().tenant())));
        add(towns, new H3(getTranslation("governance.city.entries")), entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("governance.city.title");
    }
}
