package com.credittown.ui.tasks;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.cases.CaseTimeline;
import com.credittown.workflows.cases.TaskOperations;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.workflows.cases.StepLegalBasis;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private final AttachmentService attachments;
    private final CaseTimeline caseTimeline;
    private final StepLegalBasis legalBasis;
    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final DisplayNames names;
    private final TaskOperations operations;
    private final com.credittown.workflows.cases.CaseDiagrams diagrams;
    private final CaseDiagramPanel diagram = new CaseDiagramPanel();
    private final boolean operates = AccessPolicy.allows(Permission.TASK_OPERATE);
    private final boolean readOnly = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    private final H2 heading = new H2();
    private final Div header = new Div();
    private final VerticalLayout current = new VerticalLayout();
    private final VerticalLayout timeline = new VerticalLayout();
    private final Grid<Attachment> files = new Grid<>();
    private final Div subjectSummary = new Div();
    private String tenant = "";
    private String caseId = "";
    private String title = "";

    public CaseView(CaseService cases, AttachmentService attachments, StepLegalBasis legalBasis,
                    CreditSubjectRegistry subjects, CreditArchive archive, DisplayNames names,
                    CaseTimeline caseTimeline, TaskOperations operations,
                    com.credittown.workflows.cases.CaseDiagrams diagrams) {
        this.operations = operations;
        this.diagrams = diagrams;
        this.names = names;
        this.caseTimeline = caseTimeline;
        this.cases = cases;
        this.attachments = attachments;
        this.legalBasis = legalBasis;
        this.subjects = subjects;
        this.archive = archive;
        header.setId("case-header");
        current.setId("case-current");
        current.setPadding(false);
        timeline.setId("case-timeline");
        timeline.setPadding(false);
        subjectSummary.setId("case-subject");
        files.setId("case-attachments");
        files.addColumn(Attachment::fileName).setHeader(getTranslation("case.attachments.name")).setAutoWidth(true);
        files.addColumn(a -> (a.sizeBytes() + 1023) / 1024 + " KB").setHeader(getTranslation("case.attachments.size"));
        files.addColumn(Attachment::uploadedBy).setHeader(getTranslation("case.attachments.by"));
        files.addColumn(a -> format(a.uploadedAt())).setHeader(getTranslation("case.attachments.at"));
        files.addComponentColumn(this::downloadLink);
        files.setAllRowsVisible(true);
        files.setEmptyStateText(getTranslation("case.attachments.none"));
        add(heading, header, new H3(getTranslation("case.diagram")), diagram,
                new H3(getTranslation("case.current")), current,
                new H3(getTranslation("case.timeline")), timeline,
                new H3(getTranslation("case.attachments")), files);
        if (!readOnly) {
            add(upload());
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
        String process = processName(found.processKey());
        Object subjectName = found.data().getOrDefault("subjectName", "");
        title = process + " · " + subjectName;
        heading.setText(title);
        header.removeAll();
        header.add(line("case.process", process + " (v" + found.processVersion() + ")"),
                line("case.businessKey", found.businessKey() == null ? "—" : found.businessKey()),
                line("case.started", format(found.startedAt())),
                line("case.state", getTranslation(found.open() ? "case.state.open" : "case.state.closed")));
        legalBasis.processBasis(found.processKey(), getLocale()).ifPresent(basis -> header.add(line("case.processBasis", basis)));
        diagram.show(diagrams.of(caseId));
        showCurrent(found);
        showTimeline(found);
        files.setItems(attachments.of(caseId));
        showSubject(found);
    }

    private Paragraph line(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key) + "：" + value);
        p.getStyle().set("margin", "0");
        return p;
    }

    private void showCurrent(CaseSummary found) {
        current.removeAll();
        var open = cases.openTasksOf(caseId);
        if (open.isEmpty()) {
            current.add(new Paragraph(getTranslation(found.open() ? "case.current.none" : "case.current.closed")));
            return;
        }
        boolean withdrawable = !readOnly && operates && operations.completedLastStep(caseId, CurrentUsers.actor());
        for (WorkTask task : open) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            Span name = new Span(names.step(task));
            name.getStyle().set("font-weight", "600");
            row.add(name);
            row.add(new Span(getTranslation("case.due", task.dueAt() == null ? "—" : format(task.dueAt()))));
            legalBasis.of(task.processKey(), task.stepKey(), getLocale())
                    .ifPresent(basis -> row.add(new Span(getTranslation("case.basis", basis))));
            boolean heldByColleague = task.assignee() != null && !task.assignee().equals(CurrentUsers.actor());
            if (heldByColleague) {
                Span held = new Span(getTranslation("case.heldBy", task.assignee()));
                held.addClassName("case-held-by");
                row.add(held);
            } else if (!readOnly) {
                Button handle = new Button(getTranslation("tasks.action.handle"), e -> new FormDialog(cases.formOf(task),
                        task.caseId(), task.caseData(), data -> cases.complete(task.id(), CurrentUsers.actor(), data),
                        () -> show(cases.caseById(caseId))).open());
                handle.setId("case-handle-" + task.stepKey());
                handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                row.add(handle);
            }
            if (task.delegated()) {
                row.add(new Span(getTranslation("case.delegatedBy", task.owner())));
            }
            Runnable reload = () -> show(cases.caseById(caseId));
            if (!readOnly && operates) {
                boolean holder = CurrentUsers.actor().equals(task.assignee()) && !task.delegated();
                if (holder || operations.operatesAnyTask()) {
                    row.add(TaskListView.operationsMenu(task, reload, operations, names, "case-ops-" + task.stepKey()));
                }
                if (withdrawable) {
                    Button withdraw = new Button(getTranslation("taskop.withdraw.action"),
                            e -> new TaskOperationDialog(TaskOperationDialog.Kind.WITHDRAW, task, operations, names,
                                    reload).open());
                    withdraw.setId("case-withdraw-" + task.stepKey());
                    withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    row.add(withdraw);
                    withdrawable = false;
                }
            }
            current.add(row);
            for (WorkTask cosign : operations.cosignersOf(task.id())) {
                Span waiting = new Span(getTranslation("case.cosignPending", cosign.assignee()));
                waiting.addClassName("case-cosign-pending");
                current.add(waiting);
            }
        }
    }

    private void showTimeline(CaseSummary found) {
        timeline.removeAll();
        CaseTimeline.Timeline read = caseTimeline.of(found, getLocale());
        // a file field's answer reads as the file's name; the file itself is linked under the entry
        FormDataText answers = new FormDataText(getLocale(), this::getTranslation).withFileNames(read.fileNames());
        for (CaseTimeline.Entry item : read.entries()) {
            CaseSummary.Decision decision = item.decision();
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("padding", "0 var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            String step = "start".equals(decision.stepKey()) ? getTranslation("case.timeline.started")
                    : names.step(found.processKey(), decision.stepKey(), decision.stepName());
            Span what = new Span(step);
            what.getStyle().set("font-weight", "600");
            entry.add(what, new Span(" · " + decision.actor() + " · " + format(decision.at())));
            if (decision.dueAt() != null) {
                Span due = new Span(" · " + getTranslation("case.due", format(decision.dueAt())) + " · "
                        + getTranslation(Boolean.TRUE.equals(decision.onTime()) ? "case.onTime" : "case.late"));
                due.addClassName(Boolean.TRUE.equals(decision.onTime()) ? "on-time" : "late");
                entry.add(due);
            }
            String data = answers.answers(decision.data(), item.fields()).stream()
                    .filter(answer -> !"initiator".equals(answer.key()))
                    .map(FormDataText.Answer::toString).collect(Collectors.joining("；"));
            if (!data.isEmpty()) {
                Paragraph values = new Paragraph(data);
                values.addClassName("timeline-data");
                values.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
                entry.add(values);
            }
            item.files().forEach(file -> entry.add(timelineFile(file)));
            if (item.legalBasis() != null) {
                Paragraph law = new Paragraph(getTranslation("case.basis", item.legalBasis()));
                law.addClassName("timeline-basis");
                law.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)")
                        .set("color", "var(--lumo-secondary-text-color)");
                entry.add(law);
            }
            timeline.add(entry);
        }
    }

    private Upload upload() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("case-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.settings().maxSize().toBytes()));
        upload.setAcceptedFileTypes(attachments.settings().extensions().toArray(String[]::new));
        upload.setDropLabel(new Span(getTranslation("case.upload.drop", attachments.settings().maxSize().toMegabytes(),
                String.join(" ", attachments.settings().extensions()))));
        upload.setUploadButton(new Button(getTranslation("case.upload.button")));
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage() != null
                && e.getErrorMessage().toLowerCase(java.util.Locale.ROOT).contains("big")
                ? "too-large" : "type-not-allowed"));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                attachments.attach(caseId, e.getFileName(), in.readAllBytes(), CurrentUsers.actor());
                Notification.show(getTranslation("case.upload.done", e.getFileName()), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                files.setItems(attachments.of(caseId));
            } catch (InvalidInputException problem) {
                refused(problem.errors().stream().findFirst().map(FieldProblem::code).orElse("invalid"));
            } catch (IOException unreadable) {
                refused("invalid");
            }
            upload.clearFileList();
        });
        return upload;
    }

    private void refused(String code) {
        String message = getTranslation("case.upload.error." + code, attachments.settings().maxSize().toMegabytes(),
                String.join(" ", attachments.settings().extensions()));
        Notification note = Notification.show(message.startsWith("!") ? getTranslation("case.upload.error.invalid")
                : message, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("upload-refused");
    }

    private Paragraph timelineFile(Attachment file) {
        Paragraph line = new Paragraph(getTranslation("case.timeline.file") + "：");
        line.addClassName("timeline-file");
        line.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        line.add(downloadLink(file, file.fileName()));
        return line;
    }

    private Anchor downloadLink(Attachment attachment) {
        return downloadLink(attachment, getTranslation("case.attachments.download"));
    }

    private Anchor downloadLink(Attachment attachment, String text) {
        String id = caseId;
        // the download is a request of this page: the request filter binds the page's tenant
        StreamResource resource = new StreamResource(attachment.fileName(), () -> new ByteArrayInputStream(
                attachments.download(id, attachment.id()).content()));
        resource.setContentType(attachment.mediaType());
        Anchor link = new Anchor(resource, text);
        link.getElement().setAttribute("download", true);
        link.addClassName("attachment-download");
        return link;
    }

    private void showSubject(CaseSummary found) {
        subjectSummary.removeAll();
        Object code = found.data().get("subjectCode");
        Optional<SubjectView> subject = Optional.empty();
        if (code != null) {
            try {
                subject = subjects.byCode(code.toString());
            } catch (InvalidInputException notACode) {
                subject = Optional.empty();
            }
        }
        if (subject.isEmpty()) {
            subjectSummary.add(new Paragraph(getTranslation("case.subject.unregistered",
                    found.data().getOrDefault("subjectName", ""), code == null ? "—" : code)));
            return;
        }
        SubjectArchive summary = archive.archiveOf(subject.get().id());
        Anchor link = new Anchor("tenants/" + tenant + "/subjects/" + subject.get().id(),
                subject.get().name() + " · " + subject.get().code());
        link.setId("case-subject-link");
        long dishonest = summary.records().stream().filter(r -> "DISHONESTY".equals(String.valueOf(r.kind()))).count();
        subjectSummary.add(link, new Paragraph(getTranslation("archive.gradeLine", summary.grade(), summary.score())),
                new Paragraph(getTranslation("case.subject.records", summary.records().size(), dishonest)));
    }

    private String processName(String key) {
        return names.process(key);
    }

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
