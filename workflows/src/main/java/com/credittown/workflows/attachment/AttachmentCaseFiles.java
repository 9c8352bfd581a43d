package com.credittown.workflows.attachment;

import com.credittown.workflows.form.CaseFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the form check "is this attachment one of this case's files" from the tenant-filtered attachments. */
@Component
class AttachmentCaseFiles implements CaseFiles {

    private final CaseAttachments attachments;

    AttachmentCaseFiles(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFileOf(String caseId, String attachmentId) {
        return caseId != null && attachmentId != null && attachments.existsByIdAndCaseId(attachmentId, caseId);
    }
}
