package com.credittown.ui.city;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.dashboard.HeatCell;
import com.credittown.workflows.dashboard.OverdueHeatMap;
import com.credittown.workflows.ledger.LedgerPeriod;
import com.credittown.workflows.ledger.LedgerService;
import com.credittown.workflows.ledger.LedgerSpreadsheet;
import com.credittown.workflows.ledger.TenantLedger;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.function.ValueProvider;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The city office's dashboard (驾驶舱): every tenant's key ledger figures side by side for a chosen period (a
 * sortable grid), the overdue heat map tenant × process × step in working days, and charts. A row opens the tenant's
 * ledger; a heat map cell opens the tenant's overdue cases at that step. {@code ?period=2025-Q3} chooses the period.
 */
@Route(value = "city/dashboard", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledgers;
    private final OverdueHeatMap heatMap;
    private final TenantDirectory directory;
    private final DisplayNames names;
    private final Clock clock;
    private final Select<PeriodChoices> kind = new Select<>();
    private final Select<LedgerPeriod> period = new Select<>();
    private final Grid<TenantLedger> grid = new Grid<>();
    private final Div heatMapHolder = new Div();
    private final EChart compliance = new EChart("chart-compliance");
    private final EChart overdue = new EChart("chart-overdue");
    private final Anchor ledgerDownload = new Anchor();
    private boolean updating;

    public CityDashboardView(LedgerService ledgers, OverdueHeatMap heatMap, TenantDirectory directory, Clock clock,
                             DisplayNames names) {
        this.names = names;
        this.ledgers = ledgers;
        this.heatMap = heatMap;
        this.directory = directory;
        this.clock = clock;
        setWidthFull();
        kind.setId("period-kind");
        kind.setLabel(getTranslation("city.period.kind"));
        kind.setItems(PeriodChoices.values());
        kind.setItemLabelGenerator(k -> getTranslation("city.period.kind." + k.name()));
        period.setId("period");
        period.setLabel(getTranslation("city.period"));
        period.setItemLabelGenerator(this::periodName);
        kind.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                choose(e.getValue().upTo(today()).get(0));
            }
        });
        period.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null) {
                choose(e.getValue());
            }
        });
        configureGrid();
        HorizontalLayout charts = new HorizontalLayout(compliance, overdue);
        charts.setWidthFull();
        // the key-task ledger, supervision, and the chosen period's ledgers as a spreadsheet
        Anchor keyTasks = new Anchor("city/key-tasks", getTranslation("keytask.city.nav"));
        keyTasks.setId("dashboard-key-tasks");
        Anchor supervision = new Anchor("city/supervision", getTranslation("supervision.nav"));
        supervision.setId("dashboard-supervision");
        ledgerDownload.setId("ledger-xlsx");
        ledgerDownload.setText(getTranslation("city.ledger.download"));
        ledgerDownload.getElement().setAttribute("download", true);
        HorizontalLayout links = new HorizontalLayout(keyTasks, supervision, ledgerDownload);
        links.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("city.dashboard.title")), links, new HorizontalLayout(kind, period),
                new H3(getTranslation("city.charts")), charts,
                new H3(getTranslation("city.heatMap")), new Paragraph(getTranslation("city.heatMap.legend")),
                heatMapHolder,
                new H3(getTranslation("city.ledgers")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LedgerPeriod chosen;
        try {
            chosen = event.getLocation().getQueryParameters().getSingleParameter("period")
                    .map(LedgerPeriod::parse).orElseGet(() -> PeriodChoices.QUARTER.upTo(today()).get(0));
        } catch (com.credittown.platform.web.InvalidInputException e) {
            chosen = PeriodChoices.QUARTER.upTo(today()).get(0);
        }
        show(chosen);
    }

    private void choose(LedgerPeriod chosen) {
        getUI().ifPresent(ui -> ui.navigate(CityDashboardView.class,
                QueryParameters.of("period", chosen.code())));
    }

    private void show(LedgerPeriod chosen) {
        updating = true;
        PeriodChoices chosenKind = PeriodChoices.of(chosen);
        kind.setValue(chosenKind);
        List<LedgerPeriod> choices = new java.util.ArrayList<>(chosenKind.upTo(today()));
        if (choices.stream().noneMatch(p -> p.code().equals(chosen.code()))) {
            choices.add(0, chosen);
        }
        period.setItems(choices);
        period.setValue(choices.stream().filter(p -> p.code().equals(chosen.code())).findFirst().orElseThrow());
        updating = false;

        List<TenantLedger> rows = ledgers.ofCity(chosen).tenants();
        java.util.Locale language = DisplayNames.locale();
        java.util.function.Function<String, String> tenantNames = names.tenants();
        ledgerDownload.setHref(new com.vaadin.flow.server.StreamResource("ledger-" + chosen.code() + ".xlsx",
                () -> new java.io.ByteArrayInputStream(LedgerSpreadsheet.of(ledgers.ofCity(chosen), language,
                        tenantNames))));
        grid.setItems(rows);
        List<Tenant> tenants = directory.all();
        List<HeatCell> cells = heatMap.cells();
        heatMapHolder.removeAll();
        if (cells.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("city.heatMap.none"));
            none.setId("heat-map-empty");
            heatMapHolder.add(none);
        } else {
            heatMapHolder.add(new OverdueHeatMapTable(tenants, cells, names,
                    cell -> getTranslation("city.heatMap.cell", cell.overdueTasks(), cell.maxDaysOverdue(),
                            cell.sumDaysOverdue())));
        }
        compliance.setOptions(DashboardCharts.bars(getTranslation("city.chart.compliance"),
                rows.stream().map(l -> tenantNames.apply(l.tenant())).toList(),
                rows.stream().map(l -> percent(l.doublePublicity().compliantRate())).toList(), "%"));
        Map<String, Long> overdueByTenant = new LinkedHashMap<>();
        tenants.forEach(t -> overdueByTenant.put(tenantNames.apply(t.id().code()), 0L));
        cells.forEach(c -> overdueByTenant.merge(tenantNames.apply(c.tenant()), c.overdueTasks(), Long::sum));
        overdue.setOptions(DashboardCharts.bars(getTranslation("city.chart.overdue"),
                List.copyOf(overdueByTenant.keySet()), List.copyOf(overdueByTenant.values()), ""));
    }

    private void configureGrid() {
        grid.setId("ledger-grid");
        grid.setAllRowsVisible(true);
        grid.setMultiSort(true);
        grid.addComponentColumn(l -> {
                    Anchor link = new Anchor("city/tenants/" + l.tenant() + "?period=" + l.period(), names.tenant(l.tenant()));
                    link.setId("ledger-" + l.tenant());
                    return link;
                }).setHeader(getTranslation("city.col.tenant")).setAutoWidth(true).setFrozen(true)
                .setComparator(Comparator.comparing(TenantLedger::tenant)).setSortable(true);
        number("city.col.dpTotal", l -> l.doublePublicity().total());
        grid.addColumn(l -> rate(l.doublePublicity().compliantRate()))
                .setHeader(getTranslation("city.col.compliantRate")).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(l -> l.doublePublicity().compliantRate(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        number("city.col.severeAtEnd", l -> l.severeDishonesty().atEnd());
        number("city.col.severeChange", l -> l.severeDishonesty().change());
        number("city.col.commitmentsSigned", l -> l.commitments().signed());
        number("city.col.commitmentsBreached", l -> l.commitments().breached());
        number("city.col.repairsReceived", l -> l.repairs().received());
        number("city.col.repairsLate", l -> l.repairs().decidedLate());
        number("city.col.repairsOpen", l -> l.repairs().openAtEnd());
        number("city.col.stars", TenantLedger::starsSelected);
        number("city.col.rectOpen", l -> l.rectifications().openAtEnd());
        number("city.col.rectOverdue", l -> l.rectifications().overdueAtEnd());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("city/tenants/" + e.getItem().tenant(),
                QueryParameters.of("period", e.getItem().period()))));
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumns().get(0),
                SortDirection.ASCENDING)));
    }

    private void number(String header, ValueProvider<TenantLedger, Long> value) {
        grid.addColumn(value).setHeader(getTranslation(header)).setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(value::apply));
    }

    private String periodName(LedgerPeriod p) {
        return p.name(getLocale());
    }

    private String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static Double percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).doubleValue();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformClock.CITY_ZONE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("city.dashboard.title");
    }
}
