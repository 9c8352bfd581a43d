package com.credittown.ui.archive;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.grade.Contribution;
import java.io.ByteArrayInputStream;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.component.html.Anchor;
import com.credittown.workflows.report.CreditReports;
import com.credittown.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A subject's credit archive (信用档案): the grade with its explanation and every record with its state and
 * publicity window. Another tenant's subject is "not found", like one that does not exist.
 */
@Route(value = "tenants/:tenant/subjects/:id", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.ARCHIVE_READ)
public class SubjectArchiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CreditArchive archive;
    private final CreditReports reports;
    private final Anchor creditReport = new Anchor();
    private final H2 heading = new H2();
    private final Span grade = new Span();
    private final Span severeList = new Span();
    private final Grid<Contribution> explanation = new Grid<>();
    private final Grid<RecordView> records = new Grid<>();
    private String title = "";

    public SubjectArchiveView(CreditArchive archive, CreditReports reports, DisplayNames names) {
        this.archive = archive;
        this.reports = reports;
        creditReport.setId("archive-credit-report");
        creditReport.setText(getTranslation("archive.creditReport"));
        creditReport.getElement().setAttribute("download", true);
        grade.setId("archive-grade");
        explanation.setId("archive-explanation");
        explanation.addColumn(Contribution::title).setHeader(getTranslation("archive.record")).setAutoWidth(true);
        explanation.addColumn(Contribution::points).setHeader(getTranslation("archive.points"));
        explanation.addColumn(Contribution::rule).setHeader(getTranslation("archive.rule")).setAutoWidth(true);
        explanation.setAllRowsVisible(true);
        records.setId("archive-records");
        records.addColumn(record -> getTranslation("archive.kind." + record.kind()))
                .setHeader(getTranslation("archive.kindHeader"));
        records.addColumn(RecordView::title).setHeader(getTranslation("archive.record")).setAutoWidth(true);
        records.addColumn(RecordView::department).setHeader(getTranslation("archive.department"));
        // the city's archive: which town recorded it (and alone changes it), and whether every town reads it
        records.addColumn(record -> record.ownerTenant() == null ? getTranslation("archive.city")
                        : names.tenant(record.ownerTenant())).setHeader(getTranslation("archive.recordedBy"));
        records.addColumn(record -> getTranslation(record.open() ? "archive.public" : "archive.notPublic"))
                .setHeader(getTranslation("archive.sharing"));
        records.addColumn(RecordView::decisionDate).setHeader(getTranslation("archive.decided"));
        records.addColumn(record -> getTranslation("archive.state." + record.state())
                        + (record.underObjection() ? " · " + getTranslation("objection.underObjection") : ""))
                .setHeader(getTranslation("archive.stateHeader"));
        records.addColumn(RecordView::legalBasis).setHeader(getTranslation("archive.basis")).setAutoWidth(true);
        records.setAllRowsVisible(true);
        severeList.setId("archive-severe-list");
        severeList.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        add(heading, creditReport, grade, severeList, new H3(getTranslation("archive.explanation")), explanation,
                new H3(getTranslation("archive.records")), records);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String tenant = event.getRouteParameters().get("tenant").orElse("");
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("archive.notFound"));
            return;
        }
        SubjectArchive found;
        try {
            found = archive.archiveOf(id);
        } catch (com.credittown.platform.web.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("archive.notFound"));
            return;
        }
        title = found.subject().name();
        heading.setText(found.subject().name() + (found.subject().code() == null ? "" : " · " + found.subject().code()));
        grade.setText(getTranslation("archive.gradeLine", found.grade(), found.score()));
        explanation.setItems(found.explanation());
        // on the severe-dishonesty list now: the list entry record is in publicity
        found.records().stream().filter(r -> r.kind() == com.credittown.platform.credit.RecordKind.SEVERE_LIST
                        && r.state() == com.credittown.platform.credit.RecordState.PUBLISHED).findFirst()
                .ifPresentOrElse(r -> {
                    severeList.setText(getTranslation("archive.onSevereList", r.publicity() == null ? ""
                            : r.publicity().latestEnd()));
                    severeList.setVisible(true);
                }, () -> severeList.setVisible(false));
        records.setItems(found.records());
        // a credit report (信用报告, PDF) issued on each download, with its own verification code
        // the download is a request of this page: the request filter binds the page's tenant
        creditReport.setHref(new StreamResource("credit-report-" + id + ".pdf",
                () -> new ByteArrayInputStream(reports.issue(id).pdf())));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
