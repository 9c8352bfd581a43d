package com.credittown.workflows.form;

/**
 * The files of a case, as a form's {@link FieldType#FILE} answer names them. Answered by the attachment feature,
 * through the current tenant's attachments only: another tenant's attachment is never "of" a case here.
 */
public interface CaseFiles {

    /** Whether the attachment with this id belongs to this case of the current tenant. */
    boolean isFileOf(String caseId, String attachmentId);
}
