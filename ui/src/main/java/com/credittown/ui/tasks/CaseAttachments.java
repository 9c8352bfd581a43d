package com.credittown.ui.tasks;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A case's attachments: the list with download links, and the upload that adds one (refused files are named with
 * the reason: too large, a type not allowed, unreadable).
 */
class CaseAttachments {

    private final AttachmentService attachments;
    private final Component page;
    private final Grid<Attachment> files = new Grid<>();
    private String caseId = "";

    CaseAttachments(AttachmentService attachments, Component page) {
        this.attachments = attachments;
        this.page = page;
        files.setId("case-attachments");
        files.addColumn(Attachment::fileName).setHeader(page.getTranslation("case.attachments.name"))
                .setAutoWidth(true);
        files.addColumn(a -> (a.sizeBytes() + 1023) / 1024 + " KB")
                .setHeader(page.getTranslation("case.attachments.size"));
        files.addColumn(Attachment::uploadedBy).setHeader(page.getTranslation("case.attachments.by"));
        files.addColumn(a -> CaseView.format(a.uploadedAt())).setHeader(page.getTranslation("case.attachments.at"));
        files.addComponentColumn(a -> AttachmentLinks.download(attachments, caseId, a,
                page.getTranslation("case.attachments.download")));
        files.setAllRowsVisible(true);
        files.setEmptyStateText(page.getTranslation("case.attachments.none"));
    }

    Grid<Attachment> grid() {
        return files;
    }

    void show(String shownCase) {
        caseId = shownCase;
        files.setItems(attachments.of(caseId));
    }

    Upload upload() {
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("case-upload");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.settings().maxSize().toBytes()));
        upload.setAcceptedFileTypes(attachments.settings().extensions().toArray(String[]::new));
        upload.setDropLabel(new Span(page.getTranslation("case.upload.drop",
                attachments.settings().maxSize().toMegabytes(), String.join(" ", attachments.settings().extensions()))));
        upload.setUploadButton(new Button(page.getTranslation("case.upload.button")));
        upload.addFileRejectedListener(e -> refused(e.getErrorMessage() != null
                && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big") ? "too-large" : "type-not-allowed"));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                attachments.attach(caseId, e.getFileName(), in.readAllBytes(), CurrentUsers.actor());
                Notification.show(page.getTranslation("case.upload.done", e.getFileName()), 3000,
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
        String message = page.getTranslation("case.upload.error." + code,
                attachments.settings().maxSize().toMegabytes(), String.join(" ", attachments.settings().extensions()));
        Notification note = Notification.show(message.startsWith("!") ? page.getTranslation("case.upload.error.invalid")
                : message, 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        note.setId("upload-refused");
    }
}
