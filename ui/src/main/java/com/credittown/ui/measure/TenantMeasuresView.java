package com.credittown.ui.measure;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.measure.CreditMeasure;
import com.credittown.workflows.measure.MeasureApplication;
import com.credittown.workflows.measure.MeasureCatalogue;
import com.credittown.workflows.measure.MeasureEffect;
import com.credittown.workflows.measure.MeasureQualification;
import com.credittown.workflows.measure.MeasureUse;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * A town's use of the city's catalogue of credit measures: the measures in use with their legal basis; apply one to a
 * subject (the city-wide archive decides whether the subject qualifies, and a refusal says why); the town's
 * applications with their effect, and the feedback form (效果反馈).
 */
@Route(value = "tenants/:tenant/credit-measures", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.MEASURE_READ)
public class TenantMeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureCatalogue catalogue;
    private final MeasureUse use;
    private final Grid<MeasureApplication> applications = new Grid<>();
    private final VerticalLayout feedback = new VerticalLayout();
    private final Paragraph qualification = new Paragraph();

    public TenantMeasuresView(MeasureCatalogue catalogue, MeasureUse use) {
        this.catalogue = catalogue;
        this.use = use;
        setWidthFull();
        Grid<CreditMeasure> measures = new Grid<>();
        measures.setId("measures-in-use");
        measures.setAllRowsVisible(true);
        measures.addColumn(m -> getTranslation("measure.kind." + m.kind())).setHeader(getTranslation("measure.col.kind"))
                .setAutoWidth(true);
        measures.addColumn(CreditMeasure::name).setHeader(getTranslation("measure.col.name")).setAutoWidth(true);
        measures.addColumn(CreditMeasure::content).setHeader(getTranslation("measure.field.content")).setFlexGrow(1);
        measures.addColumn(CreditMeasure::legalBasis).setHeader(getTranslation("measure.col.basis")).setFlexGrow(1);
        measures.setItems(catalogue.inUse());
        add(new H2(getTranslation("measure.tenant.title")), new Paragraph(getTranslation("measure.tenant.help")),
                measures);
        boolean applies = AccessPolicy.allows(Permission.MEASURE_APPLY);
        if (applies) {
            add(new H3(getTranslation("measure.apply")), applyForm());
        }
        applications.setId("measure-applications");
        applications.setAllRowsVisible(true);
        applications.addColumn(a -> catalogue.measure(a.measureId()).name()).setHeader(getTranslation("measure.col.name"))
                .setAutoWidth(true);
        applications.addColumn(a -> a.subjectName() + " · " + a.subjectCode())
                .setHeader(getTranslation("measure.col.subject")).setAutoWidth(true);
        applications.addColumn(MeasureApplication::qualifiedBy).setHeader(getTranslation("measure.col.qualifiedBy"))
                .setAutoWidth(true);
        applications.addColumn(MeasureApplication::matter).setHeader(getTranslation("measure.field.matter"))
                .setFlexGrow(1);
        applications.addColumn(a -> a.effect() == null ? getTranslation("measure.noFeedback")
                : getTranslation("measure.effect." + a.effect()) + "：" + a.feedback())
                .setHeader(getTranslation("measure.col.feedback")).setFlexGrow(1);
        if (applies) {
            applications.asSingleSelect().addValueChangeListener(e -> showFeedback(e.getValue()));
        }
        add(new H3(getTranslation("measure.applications")), applications, feedback);
        refresh();
    }

    private FormLayout applyForm() {
        Select<CreditMeasure> measure = new Select<>();
        measure.setId("measure-choice");
        measure.setLabel(getTranslation("measure.col.name"));
        measure.setItems(catalogue.inUse());
        measure.setItemLabelGenerator(m -> getTranslation("measure.kind." + m.kind()) + " · " + m.name());
        TextField code = new TextField(getTranslation("measure.field.subjectCode"));
        code.setId("measure-subject-code");
        code.setMaxLength(18);
        TextArea matter = new TextArea(getTranslation("measure.field.matter"));
        matter.setId("measure-matter");
        matter.setMaxLength(500);
        qualification.setId("measure-qualification");
        Map<String, HasValidation> fields = Map.of("measureId", measure, "subjectCode", code, "matter", matter);
        Button check = new Button(getTranslation("measure.check"), e -> PageActions.run("measure", this, fields, () -> {
            MeasureQualification q = use.check(measure.getValue() == null ? null : measure.getValue().id(),
                    code.getValue());
            qualification.setText(getTranslation(q.qualifies() ? "measure.qualifies" : "measure.notQualified",
                    q.reason()));
        }, "measure.checked"));
        check.setId("measure-check");
        Button apply = new Button(getTranslation("measure.applyButton"), e -> {
            if (PageActions.run("measure", this, fields, () -> use.apply(new MeasureUse.Request(
                    measure.getValue() == null ? null : measure.getValue().id(), code.getValue(), matter.getValue()),
                    CurrentUsers.actor()), "measure.applied")) {
                matter.clear();
                qualification.setText("");
                refresh();
            }
        });
        apply.setId("measure-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(measure, code, matter, qualification, check, apply);
        form.setColspan(matter, 2);
        form.setColspan(qualification, 2);
        return form;
    }

    private void showFeedback(MeasureApplication application) {
        feedback.removeAll();
        if (application == null || application.effect() != null) {
            return;
        }
        Select<MeasureEffect> effect = new Select<>();
        effect.setId("measure-effect");
        effect.setLabel(getTranslation("measure.field.effect"));
        effect.setItems(MeasureEffect.values());
        effect.setItemLabelGenerator(e -> getTranslation("measure.effect." + e));
        TextArea text = new TextArea(getTranslation("measure.col.feedback"));
        text.setId("measure-feedback");
        text.setMaxLength(2000);
        Button save = new Button(getTranslation("measure.saveFeedback"), e -> {
            if (PageActions.run("measure", this, Map.of("effect", effect, "feedback", text), () -> use.feedback(
                    application.id(), new MeasureUse.Feedback(effect.getValue(), text.getValue()), CurrentUsers.actor()),
                    "measure.feedbackSaved")) {
                feedback.removeAll();
                refresh();
            }
        });
        save.setId("measure-save-feedback");
        feedback.add(new H3(getTranslation("measure.feedbackFor", application.subjectName())),
                new FormLayout(effect, text, save));
    }

    private void refresh() {
        applications.setItems(use.applications());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.tenant.title");
    }
}
