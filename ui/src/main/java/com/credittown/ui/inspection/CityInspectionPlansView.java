package com.credittown.ui.inspection;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.inspection.InspectionItemView;
import com.credittown.workflows.inspection.InspectionPlanView;
import com.credittown.workflows.inspection.InspectionPlans;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/** The city office's read-only view of every town's graded inspection plans and their drawn subjects. */
@Route(value = "city/inspection-plans", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityInspectionPlansView extends VerticalLayout implements HasDynamicTitle {

    public CityInspectionPlansView(InspectionPlans plans, DisplayNames names) {
        setWidthFull();
        add(new H2(getTranslation("inspection.city.title")), new Paragraph(getTranslation("inspection.city.help")));
        Grid<InspectionPlanView> grid = new Grid<>();
        grid.setId("city-inspection-plans");
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> names.tenant(p.tenant())).setHeader(getTranslation("governance.col.town"))
                .setAutoWidth(true);
        grid.addColumn(InspectionPlanView::title).setHeader(getTranslation("inspection.field.title"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.periodFrom() + " – " + p.periodTo()).setHeader(getTranslation("inspection.period"))
                .setAutoWidth(true);
        grid.addColumn(p -> sizes(p.populationSizes())).setHeader(getTranslation("inspection.population"))
                .setAutoWidth(true);
        grid.addColumn(p -> sizes(p.drawnSizes())).setHeader(getTranslation("inspection.drawnSizes"))
                .setAutoWidth(true);
        grid.addColumn(InspectionPlanView::seed).setHeader(getTranslation("inspection.field.seed")).setAutoWidth(true);
        grid.addColumn(p -> p.recorded() + " / " + p.items().size()).setHeader(getTranslation("inspection.recorded"))
                .setAutoWidth(true);
        Grid<InspectionItemView> items = new Grid<>();
        items.setId("city-inspection-items");
        items.setAllRowsVisible(true);
        items.addColumn(i -> i.subjectName() + " · " + i.subjectCode()).setHeader(getTranslation("inspection.subject"))
                .setAutoWidth(true);
        items.addColumn(InspectionItemView::grade).setHeader(getTranslation("inspection.grade"));
        items.addColumn(InspectionItemView::inspector).setHeader(getTranslation("inspection.inspector"));
        items.addColumn(i -> i.resultName() == null ? "" : i.resultName() + " " + i.inspectedOn())
                .setHeader(getTranslation("inspection.result")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> items.setItems(e.getValue() == null ? List.of()
                : e.getValue().items()));
        grid.setItems(plans.cityPlans(null));
        add(grid, items);
    }

    private static String sizes(Map<?, Integer> byGrade) {
        StringBuilder text = new StringBuilder();
        byGrade.forEach((g, n) -> text.append(text.isEmpty() ? "" : " ").append(g).append(' ').append(n));
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inspection.city.title");
    }
}
