package com.credittown.workflows.cases;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.template.TemplateLibrary;
import com.credittown.workflows.template.TemplateParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's timeline as the case page shows it: each decision with the fields its data is read with (the step's form,
 * the case's other forms, a city template's parameters), the files it names and the step's legal basis. The page only
 * formats it.
 */
@Service
@Allowed(Permission.CASE_WORK)
public class CaseTimeline {

    private final CaseService cases;
    private final AttachmentService attachments;
    private final TemplateLibrary templates;
    private final StepLegalBasis legalBasis;

    CaseTimeline(CaseService cases, AttachmentService attachments, TemplateLibrary templates,
                 StepLegalBasis legalBasis) {
        this.cases = cases;
        this.attachments = attachments;
        this.templates = templates;
        this.legalBasis = legalBasis;
    }

    /**
     * A case's timeline.
     *
     * @param entries   one per decision, in the order they were taken
     * @param fileNames every file of the case by id: a file field's answer reads as the file's name
     */
    public record Timeline(List<Entry> entries, Map<String, String> fileNames) {
    }

    /**
     * One decision of the case.
     *
     * @param fields     what its data is read with, the step's own form first
     * @param files      the case's files its data names (a form's file field holds an attachment id)
     * @param legalBasis the step's legal basis in the caller's language, or null
     */
    public record Entry(CaseSummary.Decision decision, List<FormField> fields, List<Attachment> files,
                        String legalBasis) {
    }

    /** The timeline of a case the caller has read ({@link CaseService#caseById}), with legal bases in this locale. */
    @Transactional(readOnly = true)
    public Timeline of(CaseSummary found, Locale locale) {
        Map<String, FormDefinition> forms = cases.stepForms(found);
        Map<String, Attachment> filesById = new LinkedHashMap<>();
        attachments.of(found.id()).forEach(file -> filesById.put(file.id(), file));
        // a city template's parameters (periods, deadlines) are part of the started case's data: read by their labels
        List<FormField> parameters = templates.isCityTemplate(found.processKey())
                ? templates.template(found.processKey()).parameters().stream().map(CaseTimeline::asField).toList()
                : List.of();
        List<Entry> entries = new ArrayList<>();
        for (CaseSummary.Decision decision : found.decisions()) {
            List<FormField> fields = new ArrayList<>(fieldsFor(decision.stepKey(), forms));
            fields.addAll(parameters);
            List<Attachment> files = decision.data().values().stream().map(String::valueOf).map(filesById::get)
                    .filter(Objects::nonNull).toList();
            entries.add(new Entry(decision, List.copyOf(fields), files,
                    legalBasis.of(found.processKey(), decision.stepKey(), locale).orElse(null)));
        }
        Map<String, String> fileNames = new LinkedHashMap<>();
        filesById.forEach((id, file) -> fileNames.put(id, file.fileName()));
        return new Timeline(entries, fileNames);
    }

    /**
     * The fields one step's data is read with: the step's own form (editable fields, then those it only saw), then
     * the case's other forms, so data carried from an earlier step still finds its label.
     */
    public static List<FormField> fieldsFor(String stepKey, Map<String, FormDefinition> stepForms) {
        List<FormField> fields = new ArrayList<>();
        Optional.ofNullable(stepForms.get(stepKey)).ifPresent(form -> {
            fields.addAll(form.fields());
            fields.addAll(form.readOnlyFields());
        });
        stepForms.forEach((step, form) -> {
            if (!Objects.equals(step, stepKey)) {
                fields.addAll(form.fields());
                fields.addAll(form.readOnlyFields());
            }
        });
        return fields;
    }

    private static FormField asField(TemplateParameter parameter) {
        FieldType type = switch (parameter.type()) {
            case WORKING_DAYS, DAYS, INTEGER -> FieldType.NUMBER;
            case TEXT, LIST -> FieldType.TEXT;
        };
        return new FormField(parameter.key(), type, parameter.label(), false, null, null, List.of());
    }
}
