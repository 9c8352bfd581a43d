package com.credittown.ui.objection;

import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.error.PageActions;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
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
 * authority decides — for the city's own records (a city department's) that is the city office itself, here.
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
        grid.addColumn(o -> (o.ownerTenant() == null ? getTranslation("objection.cityOwner")
                        : names.tenant(o.ownerTenant())) + " · " + o.recordDepartment())
                .setHeader(getTranslation("objection.col.owner")).setAutoWidth(true);
        grid.addColumn(o -> names.tenant(o.raisedInTenant())).setHeader(getTranslation("objection.col.raisedIn"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation("objection.status." + o.status().name())
                + (o.overdue() ? " · " + getTranslation("objection.overdue") : ""))
                .setHeader(getTranslation("objection.col.status")).setAutoWidth(true);
        grid.addColumn(ObjectionView::due).setHeader(getTranslation("objection.col.due")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                this::details));
        add(new H2(getTranslation("objection.city.title")), new Paragraph(getTranslation("objection.city.help")),
                new HorizontalLayout(status, overdue), grid);
        refresh();
    }

    private Component details(ObjectionView o) {
        VerticalLayout details = new VerticalLayout(ObjectionText.of(this, o));
        details.setPadding(false);
        if (o.ownerTenant() != null || o.status() != ObjectionStatus.EXAMINING) {
            return details;
        }
        // the city recorded it: the city office examines it (谁认定)
        TextArea reason = new TextArea(getTranslation("objection.field.decisionReason"));
        reason.setId("city-objection-decision-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("reason", reason);
        Button uphold = new Button(getTranslation(o.concerns() == ObjectionConcern.REPAIR_RESULT
                ? "objection.upholdRepair" : "objection.upholdRevoke"), e -> decide(o, fields,
                new CreditObjections.Decision(true, reason.getValue(), null, null)));
        uphold.setId("city-objection-uphold");
        uphold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("objection.reject"), e -> decide(o, fields,
                new CreditObjections.Decision(false, reason.getValue(), null, null)));
        reject.setId("city-objection-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        details.add(reason, new HorizontalLayout(uphold, reject));
        return details;
    }

    private void decide(ObjectionView o, Map<String, HasValidation> fields, CreditObjections.Decision decision) {
        if (PageActions.run("objection", this, fields, () -> objections.decideAsCity(o.id(), decision,
                CurrentUsers.actor()), "objection.decided")) {
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(objections.all(status.getValue(), overdue.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.city.title");
    }
}
