package com.credittown.ui.severelist;

import com.credittown.ui.error.PageActions;
import com.credittown.platform.credit.CreditListings;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.ListingStatus;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A town's side of the severe-dishonesty list: propose a subject on the town's own severe records in publicity (谁认定),
 * serve the prior notice (告知), follow the town's proposals, and read who is on the list now.
 */
@Route(value = "tenants/:tenant/severe-list", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.SEVERE_LIST_READ)
public class TenantSevereListView extends VerticalLayout implements HasDynamicTitle {

    private final SevereList list;
    private final CreditSubjectRegistry subjects;
    private final CreditListings listings;
    private final TextField code = new TextField();
    private final Paragraph found = new Paragraph();
    private final CheckboxGroup<RecordView> records = new CheckboxGroup<>();
    private final TextField department = new TextField();
    private final TextArea grounds = new TextArea();
    private final TextField legalBasis = new TextField();
    private final Grid<ListEntryView> proposals = new Grid<>();
    private final Grid<ListEntryView> listed = new Grid<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private SubjectView subject;

    public TenantSevereListView(SevereList list, CreditSubjectRegistry subjects, CreditListings listings,
                                DisplayNames names) {
        this.list = list;
        this.subjects = subjects;
        this.listings = listings;
        setWidthFull();
        add(new H2(getTranslation("severeList.tenant.title")));
        if (AccessPolicy.allows(Permission.SEVERE_LIST_PROPOSE)) {
            add(new H3(getTranslation("severeList.propose")), new Paragraph(getTranslation("severeList.proposeHelp")),
                    proposalForm(), new H3(getTranslation("severeList.ownProposals")), proposals);
            configureProposals(names);
        }
        listed.setId("severe-list-listed");
        listed.setAllRowsVisible(true);
        listed.addColumn(e -> e.subjectName() + " · " + e.subjectCode()).setHeader(getTranslation("severeList.col.subject"))
                .setAutoWidth(true);
        listed.addColumn(e -> names.tenant(e.proposerTenant()) + " · " + e.department())
                .setHeader(getTranslation("severeList.col.proposer")).setAutoWidth(true);
        listed.addColumn(e -> EntryText.status(this, e)).setHeader(getTranslation("severeList.col.status"))
                .setAutoWidth(true);
        listed.addColumn(e -> e.listedFrom() + " – " + e.listedUntil())
                .setHeader(getTranslation("severeList.listedPeriod")).setAutoWidth(true);
        listed.addColumn(ListEntryView::legalBasis).setHeader(getTranslation("severeList.field.legalBasis"))
                .setAutoWidth(true);
        add(new H3(getTranslation("severeList.onTheList")), listed);
        refresh();
    }

    private VerticalLayout proposalForm() {
        code.setId("severe-list-code");
        code.setLabel(getTranslation("severeList.field.code"));
        Button find = new Button(getTranslation("severeList.find"), e -> find());
        find.setId("severe-list-find");
        found.setId("severe-list-found");
        records.setId("severe-list-records");
        records.setLabel(getTranslation("severeList.field.records"));
        records.setItemLabelGenerator(r -> r.title() + "（" + r.department() + "，" + r.decisionDate() + "，"
                + getTranslation("archive.kind." + r.kind()) + "）");
        department.setId("severe-list-department");
        department.setLabel(getTranslation("severeList.field.department"));
        department.setMaxLength(100);
        grounds.setId("severe-list-grounds");
        grounds.setLabel(getTranslation("severeList.field.grounds"));
        grounds.setMaxLength(2000);
        legalBasis.setId("severe-list-legal-basis");
        legalBasis.setLabel(getTranslation("severeList.field.legalBasis"));
        legalBasis.setHelperText(getTranslation("severeList.legalBasisHelp"));
        legalBasis.setMaxLength(500);
        fields.put("subjectId", code);
        fields.put("recordIds", records);
        fields.put("department", department);
        fields.put("grounds", grounds);
        fields.put("legalBasis", legalBasis);
        Button propose = new Button(getTranslation("severeList.submitProposal"), e -> propose());
        propose.setId("severe-list-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new FormLayout(code, find), found, records,
                new FormLayout(department, legalBasis), grounds, propose);
        form.setPadding(false);
        grounds.setWidthFull();
        return form;
    }

    private void find() {
        subject = null;
        records.setItems(List.of());
        code.setInvalid(false);
        try {
            subject = subjects.lookup(code.getValue()).orElse(null);
        } catch (InvalidInputException invalid) {
            subject = null;
        }
        if (subject == null) {
            found.setText(getTranslation("severeList.subjectNotFound"));
            return;
        }
        found.setText(subject.name() + " · " + subject.code() + " · " + getTranslation("archive.gradeLine",
                subject.grade(), subject.score()));
        List<RecordView> citeable = listings.citeable(subject.id());
        records.setItems(citeable);
        if (citeable.isEmpty()) {
            found.setText(found.getText() + " · " + getTranslation("severeList.nothingToCite"));
        }
    }

    private void propose() {
        if (PageActions.run("severeList", this, fields, () -> list.propose(new SevereList.Proposal(
                subject == null ? null : subject.id(), records.getValue().stream().map(RecordView::id).toList(),
                department.getValue(), grounds.getValue(), legalBasis.getValue()), CurrentUsers.actor()),
                "severeList.proposed")) {
            grounds.clear();
            records.clear();
            refresh();
        }
    }

    private void configureProposals(DisplayNames names) {
        proposals.setId("severe-list-proposals");
        proposals.setAllRowsVisible(true);
        proposals.addColumn(ListEntryView::id).setHeader("#").setAutoWidth(true);
        proposals.addColumn(e -> e.subjectName() + " · " + e.subjectCode())
                .setHeader(getTranslation("severeList.col.subject")).setAutoWidth(true);
        proposals.addColumn(e -> EntryText.status(this, e))
                .setHeader(getTranslation("severeList.col.status")).setAutoWidth(true);
        proposals.addColumn(ListEntryView::statementDue).setHeader(getTranslation("severeList.col.statementDue"))
                .setAutoWidth(true);
        proposals.addComponentColumn(e -> {
            Button notice = new Button(getTranslation("severeList.serveNotice"), click -> {
                if (PageActions.run("severeList", this, Map.of(), () -> list.serveNotice(e.id(), CurrentUsers.actor()),
                        "severeList.noticeServed")) {
                    refresh();
                }
            });
            notice.setId("severe-list-notice-" + e.id());
            notice.setVisible(e.status() == ListingStatus.PROPOSED);
            return notice;
        }).setAutoWidth(true);
        proposals.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                e -> EntryText.of(this, e)));
    }

    private void refresh() {
        if (AccessPolicy.allows(Permission.SEVERE_LIST_PROPOSE)) {
            proposals.setItems(list.ownProposals());
        }
        listed.setItems(list.listed());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("severeList.tenant.title");
    }
}
