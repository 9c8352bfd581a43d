package com.credittown.ui.tasks;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A form's file field: the file is stored at once as an attachment of the case, through the attachment rules
 * (kind by content, size limit), and the field's value is the attachment's id. A refused file is named at the
 * field with its reason and nothing is stored; a second upload replaces the field's value (the first file stays
 * in the case's attachments, like any file uploaded on the case page).
 */
class CaseFileField extends CustomField<String> {

    private final AttachmentService attachments;
    private final Span chosen = new Span();
    private String attachmentId;

    CaseFileField(String key, String label, String caseId, AttachmentService attachments) {
        this.attachments = attachments;
        setLabel(label);
        chosen.setId("file-name-" + key);
        chosen.addClassName("form-file-name");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("upload-" + key);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.settings().maxSize().toBytes()));
        upload.setAcceptedFileTypes(attachments.settings().extensions().toArray(String[]::new));
        upload.setDropLabel(new Span(getTranslation("case.upload.drop", attachments.settings().maxSize().toMegabytes(),
                String.join(" ", attachments.settings().extensions()))));
        upload.setUploadButton(new Button(getTranslation("form.file.choose")));
        upload.addFileRejectedListener(e -> refuse(e.getErrorMessage() != null
                && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big") ? "too-large" : "type-not-allowed"));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                Attachment stored = attachments.attach(caseId, e.getFileName(), in.readAllBytes(), CurrentUsers.actor());
                attachmentId = stored.id();
                chosen.setText(getTranslation("form.file.stored", stored.fileName()));
                setInvalid(false);
                updateValue();
            } catch (InvalidInputException problem) {
                refuse(problem.errors().stream().findFirst().map(FieldProblem::code).orElse("invalid"));
            } catch (IOException unreadable) {
                refuse("invalid");
            }
            upload.clearFileList();
        });
        VerticalLayout content = new VerticalLayout(upload, chosen);
        content.setPadding(false);
        content.setSpacing(false);
        if (caseId == null) {
            // a start form: there is no case to attach to yet (the designer refuses file fields there)
            upload.setVisible(false);
            chosen.setText(getTranslation("form.file.noCase"));
        }
        add(content);
    }

    /** The reason at the field; the previous value (if any) stays, nothing new is stored. */
    private void refuse(String code) {
        String message = getTranslation("case.upload.error." + code, attachments.settings().maxSize().toMegabytes(),
                String.join(" ", attachments.settings().extensions()));
        setErrorMessage(message.startsWith("!") ? getTranslation("case.upload.error.invalid") : message);
        setInvalid(true);
    }

    @Override
    protected String generateModelValue() {
        return attachmentId;
    }

    @Override
    protected void setPresentationValue(String value) {
        attachmentId = value;
        if (value == null) {
            chosen.setText("");
        }
    }
}
