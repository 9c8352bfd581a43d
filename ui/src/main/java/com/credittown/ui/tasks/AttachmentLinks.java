package com.credittown.ui.tasks;

import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;

/** A link that downloads one attachment of a case. */
final class AttachmentLinks {

    private AttachmentLinks() {
    }

    static Anchor download(AttachmentService attachments, String caseId, Attachment attachment, String text) {
        // the download is a request of this page: the request filter binds the page's tenant
        StreamResource resource = new StreamResource(attachment.fileName(), () -> new ByteArrayInputStream(
                attachments.download(caseId, attachment.id()).content()));
        resource.setContentType(attachment.mediaType());
        Anchor link = new Anchor(resource, text);
        link.getElement().setAttribute("download", true);
        link.addClassName("attachment-download");
        return link;
    }
}
