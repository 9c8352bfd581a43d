package com.credittown.ui.severelist;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.ListingStatus;
import com.credittown.platform.credit.severelist.RemovalReason;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;

/**
 * The city office's severe-dishonesty list (严重失信主体名单): every town's proposals with their notice, statement and
 * status (a listed entry under objection marked 异议处理中); the inclusion decision (include until a day, or decline,
 * with the reason), correction of a listed entry (更正) and removal with its reason.
 */
@Route(value = "city/severe-list", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.SEVERE_LIST_DECIDE)
public class CitySevereListView extends VerticalLayout implements HasDynamicTitle {

    private final SevereList list;
    private final Select<ListingStatus> status = new Select<>();
    private final Grid<ListEntryView> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public CitySevereListView(SevereList list, DisplayNames names) {
        this.list = list;
        setWidthFull();
        status.setId("severe-list-status-filter");
        status.setLabel(getTranslation("severeList.col.status"));
        status.setItems(ListingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("severeList.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("severeList.all")
                : getTranslation("severeList.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        grid.setId("severe-list-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ListEntryView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(e -> e.subjectName() + " · " + e.subjectCode()).setHeader(getTranslation("severeList.col.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> names.tenant(e.proposerTenant()) + " · " + e.department())
                .setHeader(getTranslation("severeList.col.proposer")).setAutoWidth(true);
        grid.addColumn(e -> EntryText.status(this, e))
                .setHeader(getTranslation("severeList.col.status")).setAutoWidth(true);
        grid.addColumn(ListEntryView::statementDue).setHeader(getTranslation("severeList.col.statementDue"))
                .setAutoWidth(true);
        grid.addColumn(ListEntryView::listedUntil).setHeader(getTranslation("severeList.col.listedUntil"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("severeList.city.title")), new Paragraph(getTranslation("severeList.city.help")),
                status, grid, detail);
        refresh();
    }

    private void refresh() {
        grid.setItems(list.all(status.getValue()));
    }

    private void show(ListEntryView entry) {
        detail.removeAll();
        if (entry == null) {
            return;
        }
        detail.setId("severe-list-detail");
        detail.add(new H3(getTranslation("severeList.entry", entry.id(), entry.subjectName())),
                EntryText.of(this, entry));
        if (entry.status() == ListingStatus.NOTICE_SERVED || entry.status() == ListingStatus.STATEMENT_RECEIVED) {
            detail.add(decisionForm(entry));
        }
        if (entry.status() == ListingStatus.LISTED && entry.underObjection()) {
            // an objection examined now: its decision removes, corrects or keeps the entry
            Paragraph examined = new Paragraph(getTranslation("severeList.correctUnderObjection"));
            examined.setId("severe-list-under-objection");
            detail.add(examined);
        } else if (entry.status() == ListingStatus.LISTED) {
            detail.add(new H3(getTranslation("severeList.correct")), new Paragraph(getTranslation(
                    "severeList.correctHelp")), correctionForm(entry), new H3(getTranslation("severeList.remove")),
                    removalForm(entry));
        }
    }

    private FormLayout decisionForm(ListEntryView entry) {
        TextArea reason = new TextArea(getTranslation("severeList.field.decisionReason"));
        reason.setId("severe-list-decision-reason");
        reason.setMaxLength(2000);
        DatePicker until = new DatePicker(getTranslation("severeList.field.listedUntil"));
        until.setId("severe-list-listed-until");
        until.setHelperText(getTranslation("severeList.listedUntilHelp"));
        Map<String, HasValidation> fields = Map.of("reason", reason, "listedUntil", until);
        Button include = new Button(getTranslation("severeList.include"), e -> decide(entry, true, reason, until,
                fields));
        include.setId("severe-list-include");
        include.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button decline = new Button(getTranslation("severeList.decline"), e -> decide(entry, false, reason, until,
                fields));
        decline.setId("severe-list-decline");
        FormLayout form = new FormLayout(reason, until, new HorizontalLayout(include, decline));
        return form;
    }

    private void decide(ListEntryView entry, boolean include, TextArea reason, DatePicker until,
                        Map<String, HasValidation> fields) {
        if (PageActions.run("severeList", this, fields, () -> list.decide(entry.id(), new SevereList.Decision(include,
                reason.getValue(), until.getValue()), CurrentUsers.actor()), "severeList.decided")) {
            refresh();
            detail.removeAll();
        }
    }

    /** The correction of a listed entry, with its reason. */
    private FormLayout correctionForm(ListEntryView entry) {
        EntryCorrectionFields correction = new EntryCorrectionFields(this, entry, "severe-list-correct");
        TextArea reason = new TextArea(getTranslation("severeList.field.correctionReason"));
        reason.setId("severe-list-correct-reason");
        reason.setMaxLength(2000);
        Map<String, HasValidation> fields = new HashMap<>(correction.fields(""));
        fields.put("reason", reason);
        Button correct = new Button(getTranslation("severeList.correct"), e -> {
            if (PageActions.run("severeList", this, fields, () -> list.correct(entry.id(), correction.correction(),
                    reason.getValue(), CurrentUsers.actor()), "severeList.corrected")) {
                refresh();
                detail.removeAll();
            }
        });
        correct.setId("severe-list-correct");
        correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(correction, reason, correct);
        form.setColspan(correction, 2);
        return form;
    }

    private FormLayout removalForm(ListEntryView entry) {
        Select<RemovalReason> reason = new Select<>();
        reason.setId("severe-list-removal-reason");
        reason.setLabel(getTranslation("severeList.field.removalReason"));
        reason.setItems(RemovalReason.CREDIT_REPAIRED, RemovalReason.DECISION_REVOKED);
        reason.setItemLabelGenerator(r -> getTranslation("severeList.removal." + r.name()));
        TextArea note = new TextArea(getTranslation("severeList.field.removalNote"));
        note.setId("severe-list-removal-note");
        note.setMaxLength(2000);
        Map<String, HasValidation> fields = Map.of("reason", reason, "note", note);
        Button remove = new Button(getTranslation("severeList.remove"), e -> {
            if (PageActions.run("severeList", this, fields, () -> list.remove(entry.id(), reason.getValue(), note.getValue(),
                    CurrentUsers.actor()), "severeList.removed")) {
                refresh();
                detail.removeAll();
            }
        });
        remove.setId("severe-list-remove");
        return new FormLayout(reason, note, remove);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("severeList.city.title");
    }
}
