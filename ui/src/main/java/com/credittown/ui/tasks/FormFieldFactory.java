package com.credittown.ui.tasks;

import com.credittown.platform.search.SubjectChoices;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.form.FormField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;

/**
 * Builds the form inputs that need the platform behind them: a {@link com.credittown.workflows.form.FieldType#FILE}
 * field uploads straight into the case's attachments, a {@link com.credittown.workflows.form.FieldType#SUBJECT}
 * field picks one of the tenant's credit subjects. Both carry the plain value the form validator checks (the
 * attachment's id, the subject's code).
 */
@org.springframework.stereotype.Component
public class FormFieldFactory {

    private final AttachmentService attachments;
    private final SubjectChoices subjects;

    FormFieldFactory(AttachmentService attachments, SubjectChoices subjects) {
        this.attachments = attachments;
        this.subjects = subjects;
    }

    /** The factory of the running application, for dialogs made with {@code new}. */
    static FormFieldFactory current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(FormFieldFactory.class);
    }

    /** An upload into the case's attachments; without a case (a start form) it says files come later. */
    Component fileField(FormField field, String label, String caseId) {
        return new CaseFileField(field.key(), label, caseId, attachments);
    }

    /** A combo box over the tenant's credit subjects, shown as "name (code)", whose value is the code. */
    Component subjectField(FormField field, String label) {
        return new SubjectPickerField(label, subjects);
    }
}
