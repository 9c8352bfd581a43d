package com.credittown.ui.city;

import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.workflows.dashboard.HeatCell;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The heat map as a plain HTML table: one row per tenant, one column per process × step with overdue tasks anywhere
 * in the city; a cell shows "tasks / most working days overdue", coloured by the latter, and links to the tenant's
 * overdue cases at that step. Each cell's id is {@code heat-<tenant>-<process>-<step>}.
 */
@Tag("div")
class OverdueHeatMapTable extends Component {

    OverdueHeatMapTable(List<Tenant> tenants, List<HeatCell> cells, DisplayNames names,
                        Function<HeatCell, String> cellTitle) {
        getElement().setAttribute("id", "heat-map");
        getStyle().set("overflow-x", "auto").set("max-width", "100%");
        Map<String, HeatCell> columns = new LinkedHashMap<>();
        cells.stream()
                .sorted(java.util.Comparator.comparing(HeatCell::processKey).thenComparing(HeatCell::stepKey))
                .forEach(cell -> columns.putIfAbsent(cell.processKey() + "/" + cell.stepKey(), cell));
        Map<String, HeatCell> byTenantAndColumn = cells.stream().collect(Collectors.toMap(
                cell -> cell.tenant() + "|" + cell.processKey() + "/" + cell.stepKey(), cell -> cell));

        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("font-size", "var(--lumo-font-size-s)");
        Element head = new Element("tr");
        head.appendChild(th(""));
        columns.values().forEach(column ->
                head.appendChild(th(names.process(column.processKey()) + " · "
                        + names.step(column.processKey(), column.stepKey(), column.stepName()))));
        table.appendChild(head);
        for (Tenant tenant : tenants) {
            Element row = new Element("tr");
            row.appendChild(th(names.tenant(tenant)));
            for (String column : columns.keySet()) {
                HeatCell cell = byTenantAndColumn.get(tenant.id().code() + "|" + column);
                row.appendChild(cell == null ? td() : td(cell, cellTitle));
            }
            table.appendChild(row);
        }
        getElement().appendChild(table);
    }

    private static Element th(String text) {
        Element th = new Element("th").setText(text);
        th.getStyle().set("padding", "2px 6px").set("text-align", "left").set("white-space", "nowrap")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        return th;
    }

    private static Element td() {
        Element td = new Element("td");
        td.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("min-width", "3em");
        return td;
    }

    private static Element td(HeatCell cell, Function<HeatCell, String> cellTitle) {
        Element td = td();
        td.getStyle().set("background", HeatColours.background(cell.maxDaysOverdue())).set("text-align", "center");
        Element link = new Element("a")
                .setAttribute("id", "heat-" + cell.tenant() + "-" + cell.processKey() + "-" + cell.stepKey())
                .setAttribute("class", "heat-cell")
                .setAttribute("href", "city/tenants/" + cell.tenant() + "/overdue?process=" + cell.processKey()
                        + "&step=" + cell.stepKey())
                .setAttribute("title", cellTitle.apply(cell))
                .setText(cell.overdueTasks() + " / " + cell.maxDaysOverdue());
        link.getStyle().set("color", HeatColours.text(cell.maxDaysOverdue())).set("display", "block")
                .set("padding", "2px 6px");
        td.appendChild(link);
        return td;
    }
}
