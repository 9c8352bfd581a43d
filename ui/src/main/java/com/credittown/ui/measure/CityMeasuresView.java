package com.credittown.ui.measure;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.measure.CreditMeasure;
import com.credittown.workflows.measure.MeasureCatalogue;
import com.credittown.workflows.measure.MeasureDraft;
import com.credittown.workflows.measure.MeasureKind;
import com.credittown.workflows.measure.MeasureStatus;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The city office's catalogue of credit measures (信用措施清单): every measure with its kind, legal basis, qualifying
 * grades and status; draft a measure (its basis checked against the sources as it is saved), review another officer's
 * draft (信用措施审查), put a reviewed measure in use, withdraw one.
 */
@Route(value = "city/credit-measures", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityMeasuresView extends VerticalLayout implements HasDynamicTitle {

    private final MeasureCatalogue catalogue;
    private final Grid<CreditMeasure> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public CityMeasuresView(MeasureCatalogue catalogue) {
        this.catalogue = catalogue;
        setWidthFull();
        grid.setId("measure-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> getTranslation("measure.kind." + m.kind())).setHeader(getTranslation("measure.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(CreditMeasure::name).setHeader(getTranslation("measure.col.name")).setAutoWidth(true);
        grid.addColumn(this::qualifies).setHeader(getTranslation("measure.col.grades")).setAutoWidth(true);
        grid.addColumn(CreditMeasure::legalBasis).setHeader(getTranslation("measure.col.basis")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("measure.status." + m.status())).setHeader(getTranslation("measure.col.status"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("measure.city.title")), new Paragraph(getTranslation("measure.city.help")), grid,
                detail, new H3(getTranslation("measure.draft")), draftForm());
        refresh();
    }

    private String qualifies(CreditMeasure m) {
        return m.qualifyingGrades().stream().map(Grade::name).sorted().collect(Collectors.joining("、"))
                + (m.honoursQualify() ? getTranslation("measure.orHonoured") : "");
    }

    private void refresh() {
        grid.setItems(catalogue.all());
    }

    private FormLayout draftForm() {
        Select<MeasureKind> kind = new Select<>();
        kind.setId("measure-kind");
        kind.setLabel(getTranslation("measure.col.kind"));
        kind.setItems(MeasureKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("measure.kind." + k));
        TextField name = new TextField(getTranslation("measure.col.name"));
        name.setId("measure-name");
        name.setMaxLength(100);
        TextArea content = new TextArea(getTranslation("measure.field.content"));
        content.setId("measure-content");
        content.setMaxLength(2000);
        TextArea basis = new TextArea(getTranslation("measure.col.basis"));
        basis.setId("measure-basis");
        basis.setMaxLength(500);
        basis.setHelperText(getTranslation("measure.basisHelp"));
        CheckboxGroup<Grade> grades = new CheckboxGroup<>(getTranslation("measure.col.grades"));
        grades.setId("measure-grades");
        grades.setItems(Grade.values());
        Checkbox honours = new Checkbox(getTranslation("measure.field.honours"));
        honours.setId("measure-honours");
        Map<String, HasValidation> fields = Map.of("kind", kind, "name", name, "content", content, "legalBasis", basis,
                "grades", grades);
        Button save = new Button(getTranslation("measure.save"), e -> {
            if (PageActions.run("measure", this, fields, () -> catalogue.draft(new MeasureDraft(kind.getValue(),
                    name.getValue(), content.getValue(), basis.getValue(), grades.getValue(), honours.getValue()),
                    CurrentUsers.actor()), "measure.saved")) {
                name.clear();
                content.clear();
                basis.clear();
                refresh();
            }
        });
        save.setId("measure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, name, content, basis, grades, honours, save);
        form.setColspan(content, 2);
        form.setColspan(basis, 2);
        return form;
    }

    private void show(CreditMeasure measure) {
        detail.removeAll();
        if (measure == null) {
            return;
        }
        detail.setId("measure-detail");
        detail.add(new H3(measure.name()), new Paragraph(measure.content()),
                new Paragraph(getTranslation("measure.basisLine", measure.legalBasis())),
                new Paragraph(getTranslation("measure.draftedLine", measure.draftedBy(), measure.draftedAt())));
        if (measure.reviewedBy() != null) {
            detail.add(new Paragraph(getTranslation("measure.reviewedLine", measure.reviewedBy(),
                    measure.reviewOpinion())));
        }
        if (measure.status() == MeasureStatus.DRAFT) {
            TextArea opinion = new TextArea(getTranslation("measure.field.opinion"));
            opinion.setId("measure-opinion");
            Button review = new Button(getTranslation("measure.review"), e -> act(Map.of("opinion", opinion),
                    () -> catalogue.review(measure.id(), opinion.getValue(), CurrentUsers.actor()), "measure.reviewed"));
            review.setId("measure-review");
            detail.add(new FormLayout(opinion, review));
        }
        if (measure.status() == MeasureStatus.REVIEWED) {
            Button inUse = new Button(getTranslation("measure.putInUse"), e -> act(Map.of(),
                    () -> catalogue.putInUse(measure.id(), CurrentUsers.actor()), "measure.inUse"));
            inUse.setId("measure-in-use");
            inUse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            detail.add(inUse);
        }
        if (measure.status() != MeasureStatus.WITHDRAWN) {
            TextArea reason = new TextArea(getTranslation("measure.field.withdrawalReason"));
            reason.setId("measure-withdrawal-reason");
            Button withdraw = new Button(getTranslation("measure.withdraw"), e -> act(Map.of("reason", reason),
                    () -> catalogue.withdraw(measure.id(), reason.getValue(), CurrentUsers.actor()), "measure.withdrawn"));
            withdraw.setId("measure-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(new HorizontalLayout(reason, withdraw));
        }
    }

    private void act(Map<String, HasValidation> fields, Runnable action, String successKey) {
        if (PageActions.run("measure", this, fields, action, successKey)) {
            refresh();
            detail.removeAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("measure.city.title");
    }
}
