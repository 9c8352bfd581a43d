package com.credittown.ui.imports;

import com.credittown.platform.credit.publication.DoublePublicityImport;
import com.credittown.platform.credit.publication.ImportFileTooLargeException;
import com.credittown.platform.credit.publication.ImportJobView;
import com.credittown.platform.credit.publication.ImportSource;
import com.credittown.platform.credit.publication.ImportState;
import com.credittown.platform.credit.publication.ImportsBusyException;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.security.TenantPages;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.FileBuffer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The 双公示 import page (双公示导入) of a tenant, for its officers and administrator and the city office (the same
 * rule as the REST import: {@code Permission.IMPORT}): upload a CSV file (UTF-8, GB18030 or GBK) or an .xlsx
 * workbook; the import runs in the background (it goes on when the page is left) while the page polls its progress;
 * then the summary and the row errors as an .xlsx download. The tenant's latest imports are listed, so a running or
 * finished one can be followed again after coming back.
 */
@Route(value = "tenants/:tenant/imports", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.IMPORT)
public class DoublePublicityImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final TenantDirectory directory;
    private final DoublePublicityImport imports;
    private final H2 heading = new H2();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span progressText = new Span();
    private final Span state = new Span();
    private final Span imported = new Span();
    private final Span unchanged = new Span();
    private final Span rejected = new Span();
    private final Span failure = new Span();
    private final Anchor errorsDownload = new Anchor();
    private final VerticalLayout jobPanel = new VerticalLayout();
    private final Grid<ImportJobView> recent = new Grid<>();
    private Long followed;
    private Registration polling;
    private String title = "";

    public DoublePublicityImportView(TenantDirectory directory, DoublePublicityImport imports) {
        this.directory = directory;
        this.imports = imports;
        Paragraph help = new Paragraph(getTranslation("imports.help", imports.maxFileSizeText()));
        progress.setId("import-progress");
        progress.setWidth("30em");
        progressText.setId("import-progress-text");
        state.setId("import-state");
        imported.setId("import-imported");
        unchanged.setId("import-unchanged");
        rejected.setId("import-rejected");
        failure.setId("import-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");
        errorsDownload.setId("import-errors-download");
        errorsDownload.setText(getTranslation("imports.errors.download"));
        errorsDownload.getElement().setAttribute("download", true);
        jobPanel.setId("import-job");
        jobPanel.setPadding(false);
        jobPanel.add(new H3(getTranslation("imports.job.title")), state, new HorizontalLayout(progress, progressText),
                new HorizontalLayout(imported, unchanged, rejected), failure, errorsDownload);
        jobPanel.setVisible(false);
        recent.setId("import-recent");
        recent.addColumn(ImportJobView::id).setHeader(getTranslation("imports.col.id")).setAutoWidth(true);
        recent.addColumn(ImportJobView::fileName).setHeader(getTranslation("imports.col.file")).setFlexGrow(1);
        recent.addColumn(job -> job.format() == null ? "" : job.format())
                .setHeader(getTranslation("imports.col.format")).setAutoWidth(true);
        recent.addColumn(job -> TIME.format(job.startedAt())).setHeader(getTranslation("imports.col.started"))
                .setAutoWidth(true);
        recent.addColumn(job -> getTranslation("imports.state." + job.state())).setHeader(
                getTranslation("imports.col.state")).setAutoWidth(true);
        recent.addColumn(job -> job.rowsProcessed() + " / " + job.rowsTotal())
                .setHeader(getTranslation("imports.col.rows")).setAutoWidth(true);
        recent.setAllRowsVisible(true);
        recent.addItemClickListener(e -> follow(e.getItem().id()));
        add(heading, help, upload(), jobPanel, new H3(getTranslation("imports.recent")), recent);
    }

    private Upload upload() {
        FileBuffer buffer = new FileBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxFileBytes()));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new Span(getTranslation("imports.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("imports.upload.button")));
        upload.addFileRejectedListener(e -> refused(getTranslation("imports.refused.too-large",
                imports.maxFileSizeText())));
        upload.addSucceededListener(e -> {
            Path file = buffer.getFileData().getFile().toPath();
            Runnable delete = () -> delete(file);
            try {
                ImportJobView job = imports.start(ImportSource.of(file), e.getFileName(), CurrentUsers.actor(),
                        delete);
                follow(job.id());
            } catch (InvalidInputException problem) {
                delete.run();
                refused(problem.errors().stream().findFirst().map(this::explained)
                        .orElse(getTranslation("imports.refused.invalid")));
            } catch (ImportFileTooLargeException tooLarge) {
                delete.run();
                refused(getTranslation("imports.refused.too-large", imports.maxFileSizeText()));
            } catch (ImportsBusyException busy) {
                delete.run();
                refused(getTranslation("imports.refused.busy"));
            }
            upload.clearFileList();
        });
        return upload;
    }

    /** The refusal in the page's language, with the platform's precise reason (English) after it. */
    private String explained(FieldProblem problem) {
        String key = "imports.refused." + problem.code();
        String text = getTranslation(key);
        return (text.startsWith("!") || text.equals(key) ? getTranslation("imports.refused.invalid") : text)
                + "（" + problem.message() + "）";
    }

    private void refused(String message) {
        Notification note = Notification.show(message, 10000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("import-refused");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        title = getTranslation("imports.title", tenant.get().name(getLocale()));
        heading.setText(title);
        reloadRecent();
        // coming back while an import runs: follow it again
        recent.getListDataView().getItems().filter(job -> job.state() == ImportState.RUNNING).findFirst()
                .ifPresent(job -> follow(job.id()));
    }

    private void follow(long jobId) {
        followed = jobId;
        show(imports.job(jobId));
    }

    private void show(ImportJobView job) {
        jobPanel.setVisible(true);
        jobPanel.getElement().setAttribute("data-job", Long.toString(job.id()));
        state.setText(getTranslation("imports.job.state", job.fileName(), getTranslation("imports.state."
                + job.state())));
        state.getElement().setAttribute("data-state", job.state().name());
        progress.setValue(job.rowsTotal() == 0 ? 0 : Math.min(1, job.rowsProcessed() / (double) job.rowsTotal()));
        progressText.setText(getTranslation("imports.job.progress", job.rowsProcessed(), job.rowsTotal(),
                job.rowsPerSecond()));
        imported.setText(getTranslation("imports.job.imported", job.imported()));
        imported.getElement().setAttribute("data-count", Integer.toString(job.imported()));
        unchanged.setText(getTranslation("imports.job.unchanged", job.unchanged()));
        unchanged.getElement().setAttribute("data-count", Integer.toString(job.unchanged()));
        rejected.setText(getTranslation("imports.job.rejected", job.rejected()));
        rejected.getElement().setAttribute("data-count", Integer.toString(job.rejected()));
        failure.setText(job.failure() == null ? "" : getTranslation("imports.job.failed", job.failure()));
        failure.setVisible(job.failure() != null);
        boolean running = job.state() == ImportState.RUNNING;
        errorsDownload.setVisible(!running && job.rejected() > 0);
        if (!running && job.rejected() > 0) {
            long id = job.id();
            // the download is a request of this page: the request filter binds the page's tenant
            StreamResource errors = new StreamResource("import-" + id + "-errors.xlsx", () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    imports.writeErrorWorkbook(id, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new ByteArrayInputStream(out.toByteArray());
            });
            errors.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            errorsDownload.setHref(errors);
        }
        getUI().ifPresent(ui -> com.credittown.ui.UiPolling.ask(ui, this, running ? POLL_MILLIS : -1));
        if (!running) {
            reloadRecent();
        }
    }

    private void reloadRecent() {
        recent.setItems(imports.recent(20));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> {
            if (followed != null) {
                show(imports.job(followed));
            }
        });
        if (followed != null) {
            show(imports.job(followed));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the import goes on in the background; only the page stops asking
        com.credittown.ui.UiPolling.stop(event.getUI(), this);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file of an upload; the system's temp directory is cleaned
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
