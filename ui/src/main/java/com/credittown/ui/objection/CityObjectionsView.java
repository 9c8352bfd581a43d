package com.credittown.ui.objection;

import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The city office's overview of objections (异议申诉): every town's, with the recording authority that examines it,
 * its status and last day, overdue ones marked; filtered by status or overdue. The city office reads; the recording
 * authority decides.
 */
@Route(value = "city/objections", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final CreditObjections objections;
    private final Select<ObjectionStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Grid<ObjectionView> grid = new Grid<>();

    public CityObjectionsView(CreditObjections objections, DisplayNames names) {
        this.objections = objections;
        setWidthFull();
        status.setId("objections-status-filter");
        status.setLabel(getTranslation("objection.col.status"));
        status.setItems(ObjectionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("severeList.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("severeList.all")
                : getTranslation("objection.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        overdue.setId("objections-overdue-filter");
        overdue.setLabel(getTranslation("objection.city.overdueOnly"));
        overdue.addValueChangeListener(e -> refresh());
        grid.setId("city-objections-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ObjectionView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(o -> o.subjectName() + " · " + o.subjectCode())
                .setHeader(getTranslation("objection.col.subject")).setAutoWidth(true);
        grid.addColumn(o -> o.recordTitle()).setHeader(getTranslation("objection.col.record")).setAutoWidth(true);
        grid.addColumn(o -> names.tenant(o.ownerTenant()) + " · " + o.recordDepartment())
                .setHeader(getTranslation("objection.col.owner")).setAutoWidth(true);
        grid.addColumn(o -> names.tenant(o.raisedInTenant())).setHeader(getTranslation("objection.col.raisedIn"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("objection.status." + o.status().name())
                + (o.overdue() ? " · " + getTranslation("objection.overdue") : ""))
                .setHeader(getTranslation("objection.col.status")).setAutoWidth(true);
        grid.addColumn(ObjectionView::due).setHeader(getTranslation("objection.col.due")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                o -> ObjectionText.of(this, o)));
        add(new H2(getTranslation("objection.city.title")), new Paragraph(getTranslation("objection.city.help")),
                new HorizontalLayout(status, overdue), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(objections.all(status.getValue(), overdue.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.city.title");
    }
}
