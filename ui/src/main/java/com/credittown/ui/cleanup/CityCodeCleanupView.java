package com.credittown.ui.cleanup;

import com.credittown.platform.credit.cleanup.CleanupFigure;
import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.cleanup.CodeCleanupSpreadsheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The city office's code clean-up report (重错码清理): every town's items side by side with a line of figures per town,
 * filtered by town, kind and status; the city office detects for every town and works only the city's own items (the
 * likely duplicates among subjects the city registered).
 */
@Route(value = "city/code-cleanup", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityCodeCleanupView extends CodeCleanupReport {

    private static final String CITY = "city";

    private Select<String> tenant;
    private Grid<TenantLine> figures;

    /** One town's figures: open items and all items per kind. */
    record TenantLine(String owner, long open, long wrongCodes, long nameConflicts, long duplicates, long worked) {
    }

    public CityCodeCleanupView(CodeCleanup cleanup, DisplayNames names, TenantDirectory directory) {
        super(cleanup, names, "cleanup.city.title", "cleanup.city.help");
        List<String> owners = new ArrayList<>();
        owners.add(CITY);
        directory.all().forEach(t -> owners.add(t.id().code()));
        tenant.setItems(owners);
        refresh();
    }

    @Override
    protected void addFilters(HorizontalLayout filters) {
        tenant = new Select<>();
        tenant.setId("cleanup-tenant-filter");
        tenant.setLabel(getTranslation("cleanup.col.owner"));
        tenant.setEmptySelectionAllowed(true);
        tenant.setEmptySelectionCaption(getTranslation("cleanup.wholeCity"));
        tenant.setItemLabelGenerator(t -> t == null ? getTranslation("cleanup.wholeCity")
                : CITY.equals(t) ? getTranslation("cleanup.cityOwned") : names.tenant(t));
        tenant.addValueChangeListener(e -> refresh());
        figures = new Grid<>();
        figures.setId("cleanup-figures");
        figures.setAllRowsVisible(true);
        figures.addColumn(l -> l.owner() == null ? getTranslation("cleanup.cityOwned") : names.tenant(l.owner()))
                .setHeader(getTranslation("cleanup.col.owner")).setAutoWidth(true);
        figures.addColumn(TenantLine::open).setHeader(getTranslation("cleanup.status.OPEN")).setAutoWidth(true);
        figures.addColumn(TenantLine::wrongCodes).setHeader(getTranslation("cleanup.kind.WRONG_CODE"))
                .setAutoWidth(true);
        figures.addColumn(TenantLine::nameConflicts).setHeader(getTranslation("cleanup.kind.NAME_CONFLICT"))
                .setAutoWidth(true);
        figures.addColumn(TenantLine::duplicates).setHeader(getTranslation("cleanup.kind.LIKELY_DUPLICATE"))
                .setAutoWidth(true);
        figures.addColumn(TenantLine::worked).setHeader(getTranslation("cleanup.worked.count")).setAutoWidth(true);
        add(figures);
        filters.add(tenant);
    }

    @Override
    protected void refresh() {
        if (tenant == null) {
            return; // the constructor's first refresh comes before the filters exist
        }
        super.refresh();
        Map<String, long[]> lines = new TreeMap<>(java.util.Comparator.nullsFirst(String::compareTo));
        for (CleanupFigure f : cleanup.cityFigures()) {
            long[] line = lines.computeIfAbsent(f.ownerTenant(), o -> new long[5]);
            if (f.status() == CleanupStatus.OPEN) {
                line[0] += f.items();
            } else {
                line[4] += f.items();
            }
            line[1 + f.kind().ordinal()] += f.items();
        }
        figures.setItems(lines.entrySet().stream().map(e -> new TenantLine(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4])).toList());
    }

    @Override
    protected List<CleanupItemView> load() {
        return cleanup.cityItems(tenant == null ? null : tenant.getValue(), kind.getValue(), status.getValue());
    }

    @Override
    protected byte[] sheet(Locale locale) {
        String scope = tenant.getValue() == null ? getTranslation("cleanup.wholeCity")
                : CITY.equals(tenant.getValue()) ? getTranslation("cleanup.cityOwned") : names.tenant(tenant.getValue());
        return CodeCleanupSpreadsheet.of(load(), scope, locale, names.tenants());
    }

    @Override
    protected String sheetName() {
        return "code-cleanup-city.xlsx";
    }

    @Override
    protected boolean mayWork(CleanupItemView item) {
        return item.ownerTenant() == null;
    }

    @Override
    protected boolean mayDetect() {
        return true;
    }

    @Override
    protected void work(long id, CodeCleanup.Work work) {
        cleanup.cityWork(id, work, com.credittown.platform.identity.CurrentUsers.actor());
    }

    @Override
    protected void detectAgain() {
        cleanup.cityDetect(com.credittown.platform.identity.CurrentUsers.actor());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cleanup.city.title");
    }
}
