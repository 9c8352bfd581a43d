package com.credittown.ui.objection;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A town's objections (异议申诉): those against the town's own records to examine and decide (upheld: revoke or
 * correct the record, or grant the repair; rejected with reasons — {@link ObjectionDecisionForm}), those it raised on
 * a subject's behalf, those against a severe-list entry it proposed (the city office decides them: read here), and
 * the form to raise one on a subject's behalf.
 */
@Route(value = "tenants/:tenant/objections", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.OBJECTION_EXAMINE)
public class TenantObjectionsView extends VerticalLayout implements HasDynamicTitle {

    private final CreditObjections objections;
    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final Grid<ObjectionView> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final TextField code = new TextField();
    private final Select<RecordView> record = new Select<>();
    private final Select<ObjectionConcern> concerns = new Select<>();
    private final TextArea reasons = new TextArea();

    public TenantObjectionsView(CreditObjections objections, CreditSubjectRegistry subjects, CreditArchive archive,
                                DisplayNames names) {
        this.objections = objections;
        this.subjects = subjects;
        this.archive = archive;
        setWidthFull();
        add(new H2(getTranslation("objection.tenant.title")), new Paragraph(getTranslation("objection.tenant.help")));
        grid.setId("objections-grid");
        grid.setAllRowsVisible(true);
        ObjectionColumns.leading(this, grid, names);
        ObjectionColumns.trailing(this, grid);
        grid.addComponentColumn(o -> {
            Button open = new Button(getTranslation("objection.examine"), e -> show(o));
            open.setId("objection-examine-" + o.id());
            return open;
        }).setAutoWidth(true);
        detail.setId("objection-detail");
        detail.setPadding(false);
        add(new H3(getTranslation("objection.tenant.list")), grid, detail);
        if (AccessPolicy.allows(Permission.OBJECTION_RAISE)) {
            add(new H3(getTranslation("objection.tenant.raise")), raiseForm());
        }
        refresh();
    }

    private VerticalLayout raiseForm() {
        code.setId("objection-code");
        code.setLabel(getTranslation("severeList.field.code"));
        Button find = new Button(getTranslation("severeList.find"), e -> find());
        find.setId("objection-find");
        record.setId("objection-record");
        record.setLabel(getTranslation("objection.col.record"));
        record.setItemLabelGenerator(r -> r.title() + "（" + r.department() + "，" + r.decisionDate() + "）");
        concerns.setId("objection-concerns");
        concerns.setLabel(getTranslation("objection.field.concerns"));
        concerns.setItems(ObjectionConcern.values());
        concerns.setItemLabelGenerator(c -> getTranslation("objection.concerns." + c.name()));
        concerns.setValue(ObjectionConcern.RECORD);
        reasons.setId("objection-reasons");
        reasons.setLabel(getTranslation("objection.field.reasons"));
        reasons.setMaxLength(4000);
        reasons.setWidthFull();
        Button raise = new Button(getTranslation("objection.submit"), e -> raise());
        raise.setId("objection-raise");
        VerticalLayout form = new VerticalLayout(new FormLayout(code, find), new FormLayout(record, concerns), reasons,
                raise);
        form.setPadding(false);
        return form;
    }

    private void find() {
        record.setItems(List.of());
        SubjectView subject;
        try {
            subject = subjects.lookup(code.getValue()).orElse(null);
        } catch (InvalidInputException invalid) {
            subject = null;
        }
        if (subject == null) {
            code.setErrorMessage(getTranslation("severeList.subjectNotFound"));
            code.setInvalid(true);
            return;
        }
        code.setInvalid(false);
        record.setItems(archive.archiveOf(subject.id()).records().stream()
                .filter(r -> r.state() == RecordState.PUBLISHED && !r.underObjection()).toList());
    }

    private void raise() {
        Map<String, HasValidation> fields = Map.of("recordId", record, "reasons", reasons);
        if (PageActions.run("objection", this, fields, () -> objections.raiseOnBehalf(new CreditObjections.Raise(
                record.getValue() == null ? null : record.getValue().id(), concerns.getValue(), reasons.getValue()),
                CurrentUsers.actor()), "objection.raised")) {
            reasons.clear();
            record.setItems(List.of());
            refresh();
        }
    }

    private void show(ObjectionView o) {
        detail.removeAll();
        detail.add(new H3(getTranslation("objection.detail", o.id(), o.recordTitle())), ObjectionText.of(this, o));
        String tenant = TenantContext.current().map(t -> t.code()).orElse(null);
        if (o.status() != ObjectionStatus.EXAMINING || o.examinedByCity() || !Objects.equals(tenant, o.ownerTenant())) {
            return;
        }
        detail.add(new ObjectionDecisionForm(this, o, "objection",
                (id, decision) -> objections.decide(id, decision, ObjectionExaminer.signedIn()),
                d -> {
                    refresh();
                    show(objections.one(d.id()));
                }));
    }

    private void refresh() {
        grid.setItems(objections.visible(null, false));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("objection.tenant.title");
    }
}
