package com.credittown.ui.city;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.ledger.LedgerPeriod;
import com.credittown.workflows.ledger.LedgerService;
import com.credittown.workflows.ledger.TenantLedger;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's assessment ledger for the city office, read only: every figure of the period with its name, and links
 * back to the dashboard and on to the tenant's overdue cases. Route {@code city/tenants/<code>?period=2025-Q3}.
 */
@Route(value = "city/tenants/:tenant", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityTenantLedgerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledgers;
    private final TenantDirectory directory;
    private final DisplayNames names;
    private final java.time.Clock clock;
    private final H2 heading = new H2();
    private final Grid<Figure> figures = new Grid<>();
    private final Anchor back = new Anchor();
    private final Anchor overdue = new Anchor();
    private String title = "";

    public CityTenantLedgerView(LedgerService ledgers, TenantDirectory directory, java.time.Clock clock,
                                DisplayNames names) {
        this.names = names;
        this.ledgers = ledgers;
        this.directory = directory;
        this.clock = clock;
        figures.setId("tenant-ledger");
        figures.addColumn(Figure::name).setHeader(getTranslation("city.ledger.figure")).setAutoWidth(true);
        figures.addColumn(Figure::value).setHeader(getTranslation("city.ledger.value")).setAutoWidth(true);
        figures.setAllRowsVisible(true);
        back.setText(getTranslation("city.back"));
        overdue.setId("tenant-overdue-link");
        overdue.setText(getTranslation("city.ledger.overdueCases"));
        add(heading, new HorizontalLayout(back, overdue), figures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = directory.find(code);
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", code));
            return;
        }
        LedgerPeriod period;
        try {
            period = LedgerPeriod.parse(event.getLocation().getQueryParameters().getSingleParameter("period")
                    .orElseGet(() -> PeriodChoices.QUARTER.upTo(java.time.LocalDate.ofInstant(clock.instant(),
                            com.credittown.platform.time.PlatformClock.CITY_ZONE)).get(0).code()));
        } catch (com.credittown.platform.web.InvalidInputException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("city.period.invalid"));
            return;
        }
        TenantLedger ledger = ledgers.ofTenant(tenant.get().id(), period);
        title = names.tenant(tenant.get()) + " · " + period.name(getLocale());
        heading.setText(getTranslation("city.ledger.title", names.tenant(tenant.get()), period.name(getLocale())));
        back.setHref("city/dashboard?period=" + period.code());
        overdue.setHref("city/tenants/" + code + "/overdue");
        figures.setItems(rows(ledger));
    }

    private List<Figure> rows(TenantLedger l) {
        List<Figure> rows = new ArrayList<>();
        rows.add(figure("city.col.dpTotal", l.doublePublicity().total()));
        rows.add(figure("city.ledger.dpOnTime", l.doublePublicity().onTime()));
        rows.add(figure("city.ledger.dpLate", l.doublePublicity().late()));
        rows.add(new Figure(getTranslation("city.col.compliantRate"), rate(l.doublePublicity().compliantRate())));
        rows.add(new Figure(getTranslation("city.ledger.dpAverageDays"),
                l.doublePublicity().averageWorkingDays() == null ? "—"
                        : l.doublePublicity().averageWorkingDays().toPlainString()));
        rows.add(figure("city.ledger.severeAtStart", l.severeDishonesty().atStart()));
        rows.add(figure("city.col.severeAtEnd", l.severeDishonesty().atEnd()));
        rows.add(figure("city.col.severeChange", l.severeDishonesty().change()));
        rows.add(figure("city.col.commitmentsSigned", l.commitments().signed()));
        rows.add(figure("city.ledger.commitmentsVerified", l.commitments().verified()));
        rows.add(figure("city.col.commitmentsBreached", l.commitments().breached()));
        rows.add(figure("city.col.repairsReceived", l.repairs().received()));
        rows.add(figure("city.ledger.repairsOnTime", l.repairs().decidedOnTime()));
        rows.add(figure("city.col.repairsLate", l.repairs().decidedLate()));
        rows.add(figure("city.col.repairsOpen", l.repairs().openAtEnd()));
        rows.add(figure("city.col.stars", l.starsSelected()));
        rows.add(figure("city.col.rectOpen", l.rectifications().openAtEnd()));
        rows.add(figure("city.ledger.rectClosed", l.rectifications().closed()));
        rows.add(figure("city.col.rectOverdue", l.rectifications().overdueAtEnd()));
        l.pending().forEach(p -> rows.add(new Figure(p.nameZh(), getTranslation("city.ledger.pending"))));
        return rows;
    }

    private Figure figure(String key, long value) {
        return new Figure(getTranslation(key), Long.toString(value));
    }

    private static String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    record Figure(String name, String value) {
    }
}
