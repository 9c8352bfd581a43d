package com.credittown.ui.governance;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.governance.Basis;
import com.credittown.workflows.governance.GovernanceLedger;
import com.credittown.workflows.governance.InterviewKind;
import com.credittown.workflows.governance.LedgerEntryView;
import com.credittown.workflows.governance.NewFollowUp;
import com.credittown.workflows.governance.NewInterview;
import com.credittown.workflows.governance.Rectification;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A town's governance ledger of severe dishonest market entities (plan (四)): brought up to date from the archive on
 * opening, the entities with their records, rectification and the escalation the city's setting asks; for the chosen
 * entity its interviews and follow-ups, and the forms to record a prompt or warning interview and a follow-up.
 */
@Route(value = "tenants/:tenant/governance-ledger", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.GOVERNANCE_LEDGER)
public class TenantGovernanceLedgerView extends VerticalLayout implements HasDynamicTitle {

    private final GovernanceLedger ledger;
    private final Grid<LedgerEntryView> entries = new Grid<>();
    private final Div detail = new Div();
    private final RadioButtonGroup<InterviewKind> kind = new RadioButtonGroup<>();
    private final DatePicker heldOn = new DatePicker();
    private final TextField participants = new TextField();
    private final TextArea content = new TextArea();
    private final TextArea outcome = new TextArea();
    private final DatePicker followUpOn = new DatePicker();
    private final DatePicker followedOn = new DatePicker();
    private final TextArea note = new TextArea();
    private final RadioButtonGroup<Rectification> rectification = new RadioButtonGroup<>();
    private final Map<String, HasValidation> interviewFields = new LinkedHashMap<>();
    private final Map<String, HasValidation> followUpFields = new LinkedHashMap<>();
    private final VerticalLayout forms = new VerticalLayout();
    private LedgerEntryView selected;

    public TenantGovernanceLedgerView(GovernanceLedger ledger) {
        this.ledger = ledger;
        setWidthFull();
        add(new H2(getTranslation("governance.tenant.title")));
        for (Basis basis : ledger.bases()) {
            Paragraph p = new Paragraph(getTranslation("governance.basis") + " " + basis.zh());
            p.addClassName("legal-basis");
            add(p);
        }
        Button refresh = new Button(getTranslation("governance.refresh"), e -> {
            if (PageActions.run("governance", this, Map.of(), () -> ledger.refresh(CurrentUsers.actor()), "governance.refreshed")) {
                show(ledger.ledger());
            }
        });
        refresh.setId("governance-refresh");
        configureGrid();
        detail.setId("governance-detail");
        detail.setWidthFull();
        configureForms();
        forms.setVisible(false);
        forms.setPadding(false);
        add(refresh, entries, new H3(getTranslation("governance.entry")), detail, forms);
        show(ledger.refresh(CurrentUsers.actor()));
    }

    private void configureGrid() {
        entries.setId("governance-entries");
        entries.setAllRowsVisible(true);
        entries.addColumn(e -> e.subjectName() + " · " + e.subjectCode()).setHeader(getTranslation("governance.col.subject"))
                .setAutoWidth(true);
        entries.addColumn(LedgerEntryView::enteredOn).setHeader(getTranslation("governance.col.enteredOn"))
                .setAutoWidth(true);
        entries.addColumn(LedgerEntryView::basisRecords).setHeader(getTranslation("governance.col.records"))
                .setFlexGrow(1);
        entries.addColumn(e -> getTranslation("governance.status." + e.status())
                        + (e.exitedOn() == null ? "" : " " + e.exitedOn()))
                .setHeader(getTranslation("governance.col.status")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("governance.rectification." + e.rectification()))
                .setHeader(getTranslation("governance.col.rectification")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("governance.escalation." + e.escalation()))
                .setHeader(getTranslation("governance.col.escalation")).setAutoWidth(true);
        entries.addColumn(LedgerEntryView::nextFollowUp).setHeader(getTranslation("governance.col.followUp"))
                .setAutoWidth(true);
        entries.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
    }

    private void configureForms() {
        kind.setId("governance-interview-kind");
        kind.setLabel(getTranslation("governance.field.kind"));
        kind.setItems(InterviewKind.values());
        kind.setItemLabelGenerator(InterviewKind::zh);
        kind.setValue(InterviewKind.PROMPT);
        heldOn.setId("governance-held-on");
        heldOn.setLabel(getTranslation("governance.field.heldOn"));
        participants.setId("governance-participants");
        participants.setLabel(getTranslation("governance.field.participants"));
        participants.setMaxLength(500);
        content.setId("governance-content");
        content.setLabel(getTranslation("governance.field.content"));
        outcome.setId("governance-outcome");
        outcome.setLabel(getTranslation("governance.field.outcome"));
        followUpOn.setId("governance-follow-up-on");
        followUpOn.setLabel(getTranslation("governance.field.followUpOn"));
        followUpOn.setHelperText(getTranslation("governance.followUpHelp"));
        interviewFields.put("kind", kind);
        interviewFields.put("heldOn", heldOn);
        interviewFields.put("participants", participants);
        interviewFields.put("content", content);
        interviewFields.put("outcome", outcome);
        interviewFields.put("followUpOn", followUpOn);
        Button record = new Button(getTranslation("governance.recordInterview"), e -> recordInterview());
        record.setId("governance-record-interview");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        followedOn.setId("governance-followed-on");
        followedOn.setLabel(getTranslation("governance.field.followedOn"));
        note.setId("governance-note");
        note.setLabel(getTranslation("governance.field.note"));
        rectification.setId("governance-rectification");
        rectification.setLabel(getTranslation("governance.col.rectification"));
        rectification.setItems(Rectification.values());
        rectification.setItemLabelGenerator(r -> getTranslation("governance.rectification." + r));
        followUpFields.put("followedOn", followedOn);
        followUpFields.put("note", note);
        followUpFields.put("rectification", rectification);
        Button follow = new Button(getTranslation("governance.recordFollowUp"), e -> recordFollowUp());
        follow.setId("governance-record-follow-up");
        content.setWidthFull();
        outcome.setWidthFull();
        note.setWidthFull();
        forms.add(new H3(getTranslation("governance.interview")), kind, new FormLayout(heldOn, followUpOn),
                participants, content, outcome, record, new H3(getTranslation("governance.followUp")),
                new FormLayout(followedOn, rectification), note, follow);
        participants.setWidthFull();
    }

    private void select(LedgerEntryView entry) {
        selected = entry;
        detail.removeAll();
        forms.setVisible(entry != null && entry.status() == com.credittown.workflows.governance.EntryStatus.IN_LEDGER);
        if (entry == null) {
            return;
        }
        heldOn.setValue(LocalDate.now());
        followedOn.setValue(LocalDate.now());
        detail.add(new Paragraph(entry.subjectName() + " · " + entry.subjectCode() + " · "
                + getTranslation("governance.escalation." + entry.escalation())));
        entry.interviews().forEach(i -> detail.add(new Paragraph(i.kindName() + " " + i.heldOn() + " · "
                + i.participants() + " · " + i.content() + " · " + getTranslation("governance.field.outcome") + "："
                + i.outcome() + " · " + getTranslation("governance.field.followUpOn") + " " + i.followUpOn())));
        entry.followUps().forEach(f -> detail.add(new Paragraph(getTranslation("governance.followUp") + " "
                + f.followedOn() + " · " + getTranslation("governance.rectification." + f.rectification()) + " · "
                + f.note())));
    }

    private void recordInterview() {
        if (selected == null) {
            return;
        }
        long id = selected.id();
        if (PageActions.run("governance", this, interviewFields, () -> ledger.recordInterview(id, new NewInterview(kind.getValue(),
                heldOn.getValue(), participants.getValue(), content.getValue(), outcome.getValue(),
                followUpOn.getValue()), CurrentUsers.actor()), "governance.interviewRecorded")) {
            participants.clear();
            content.clear();
            outcome.clear();
            followUpOn.clear();
            reselect(id);
        }
    }

    private void recordFollowUp() {
        if (selected == null) {
            return;
        }
        long id = selected.id();
        if (PageActions.run("governance", this, followUpFields, () -> ledger.recordFollowUp(id, new NewFollowUp(
                followedOn.getValue(), note.getValue(), rectification.getValue()), CurrentUsers.actor()),
                "governance.followUpRecorded")) {
            note.clear();
            reselect(id);
        }
    }

    private void reselect(long id) {
        List<LedgerEntryView> all = ledger.ledger();
        show(all);
        all.stream().filter(e -> e.id() == id).findFirst().ifPresent(e -> {
            entries.select(e);
            select(e); // the detail follows even when the grid's selection event does not fire
        });
    }

    private void show(List<LedgerEntryView> all) {
        entries.setItems(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("governance.tenant.title");
    }
}
