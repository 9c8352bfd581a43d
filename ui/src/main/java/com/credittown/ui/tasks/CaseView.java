package com.credittown.ui.tasks;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseDiagrams;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.cases.CaseTimeline;
import com.credittown.workflows.cases.StepLegalBasis;
import com.credittown.workflows.cases.TaskOperations;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One case (Flowable process instance) of the tenant: header, the form of the current step for whoever may act,
 * the history as a timeline with each step's legal basis, attachments, and the subject's credit archive in brief.
 * A case of another tenant is "not found", exactly like an id that does not exist.
 */
@Route(value = "tenants/:tenant/cases/:caseId", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CASE_WORK)
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final CaseService cases;
    private final StepLegalBasis legalBasis;
    private final DisplayNames names;
    private final CaseDiagrams diagrams;
    private final CaseDiagramPanel diagram = new CaseDiagramPanel();
    private final H2 heading = new H2();
    private final Div header = new Div();
    private final CaseCurrentSteps current;
    private final CaseTimelinePanel timeline;
    private final CaseAttachments files;
    private final CaseSubjectPanel subjectSummary;
    private String tenant = "";
    private String caseId = "";
    private String title = "";

    public CaseView(CaseService cases, AttachmentService attachments, StepLegalBasis legalBasis,
                    CreditSubjectRegistry subjects, CreditArchive archive, DisplayNames names,
                    CaseTimeline caseTimeline, TaskOperations operations, CaseDiagrams diagrams) {
        this.cases = cases;
        this.legalBasis = legalBasis;
        this.names = names;
        this.diagrams = diagrams;
        boolean readOnly = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
        current = new CaseCurrentSteps(cases, operations, legalBasis, names, readOnly);
        timeline = new CaseTimelinePanel(caseTimeline, attachments, names);
        files = new CaseAttachments(attachments, this);
        subjectSummary = new CaseSubjectPanel(subjects, archive);
        header.setId("case-header");
        add(heading, header, new H3(getTranslation("case.diagram")), diagram,
                new H3(getTranslation("case.current")), current,
                new H3(getTranslation("case.timeline")), timeline,
                new H3(getTranslation("case.attachments")), files.grid());
        if (!readOnly) {
            add(files.upload());
        }
        add(new H3(getTranslation("case.subject")), subjectSummary);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the navigation guard checked the tenant and bound it
        tenant = TenantContext.require().code();
        caseId = event.getRouteParameters().get("caseId").orElse("");
        try {
            show(cases.caseById(caseId));
        } catch (com.credittown.platform.web.NotFoundException unknown) {
            // another tenant's case, or one the user may not see, reads exactly like an unknown id
            event.rerouteToError(NotFoundException.class, getTranslation("case.notFound", caseId));
        }
    }

    private void show(CaseSummary found) {
        String process = names.process(found.processKey());
        Object subjectName = found.data().getOrDefault("subjectName", "");
        title = process + " · " + subjectName;
        heading.setText(title);
        header.removeAll();
        header.add(line("case.process", process + " (v" + found.processVersion() + ")"),
                line("case.businessKey", found.businessKey() == null ? "—" : found.businessKey()),
                line("case.started", format(found.startedAt())),
                line("case.state", getTranslation(found.open() ? "case.state.open" : "case.state.closed")));
        legalBasis.processBasis(found.processKey(), getLocale())
                .ifPresent(basis -> header.add(line("case.processBasis", basis)));
        diagram.show(diagrams.of(caseId));
        current.show(caseId, found, () -> show(cases.caseById(caseId)));
        timeline.show(caseId, found);
        files.show(caseId);
        subjectSummary.show(tenant, found);
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key) + "：" + value);
        p.getStyle().set("margin", "0");
        return p;
    }

    static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
