package com.credittown.ui.objection;

import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The city office's overview of objections (异议申诉): every town's, with the authority that examines it, its status
 * and last day, overdue ones marked; filtered by status or overdue. The city office reads; the examining authority
 * decides — for the city's own records (a city department's) and for severe-list entries (the city office decided
 * the inclusion) that is the city office itself, here: revoke or correct a record, remove an entry or correct it
 * (更正名单信息), grant a repair, or reject.
 */
@Route(value = "city/objections", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final CreditObjections objections;
    private final SevereList list;
    private final Select<ObjectionStatus> status = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Grid<ObjectionView> grid = new Grid<>();

    public CityObjectionsView(CreditObjections objections, SevereList list, DisplayNames names) {
        this.objections = objections;
        this.list = list;
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
        ObjectionColumns.leading(this, grid, names);
        ObjectionColumns.trailing(this, grid);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        add(new H2(getTranslation("objection.city.title")), new Paragraph(getTranslation("objection.city.help")),
                new HorizontalLayout(status, overdue), grid);
        refresh();
    }

    private Component details(ObjectionView o) {
        VerticalLayout details = new VerticalLayout(ObjectionText.of(this, o));
        details.setPadding(false);
        details.setId("city-objection-detail-" + o.id());
        if (o.examinedByCity() && o.status() == ObjectionStatus.EXAMINING) {
            // an objection to a listed entry may correct it (更正名单信息): the form starts from what the entry says
            ListEntryView listed = o.listEntry() ? list.listedEntryOf(o.recordId()).orElse(null) : null;
            details.add(new ObjectionDecisionForm(this, o, listed, "city-objection",
                    (id, decision) -> objections.decideAsCity(id, decision, ObjectionExaminer.signedIn()), d -> refresh()));
        }
        return details;
    }

    private void refresh() {
        grid.setItems(objections.all(status.getValue(), overdue.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.city.title");
    }
}
