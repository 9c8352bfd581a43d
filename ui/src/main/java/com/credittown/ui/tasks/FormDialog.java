package com.credittown.ui.tasks;

import com.credittown.platform.web.FieldProblem;
import com.credittown.ui.error.FieldErrors;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.form.FieldChoice;
import com.credittown.workflows.form.FormDefinition;
import com.credittown.workflows.form.FormField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A dialog that renders a {@link FormDefinition} and submits its values. The fields the step may only see come
 * first, read-only, with the case's values; only the editable fields are submitted. A field the form does not list
 * is never shown. The server checks the values again (the same {@code FormValidator} as the REST API); its answer is
 * shown on the fields concerned.
 */
public class FormDialog extends Dialog {

    private final Map<String, Component> fields = new LinkedHashMap<>();

    /** A form that belongs to no case yet (a start form): no read-only fields, and a file field cannot upload. */
    public FormDialog(FormDefinition form, Consumer<Map<String, Object>> submit, Runnable afterSubmit) {
        this(form, null, Map.of(), submit, afterSubmit);
    }

    /**
     * A form of a step of a case.
     *
     * @param caseId   the case: a file field uploads into its attachments
     * @param caseData the case's values; the form's read-only fields show theirs, nothing else is read
     */
    public FormDialog(FormDefinition form, String caseId, Map<String, ?> caseData,
                      Consumer<Map<String, Object>> submit, Runnable afterSubmit) {
        Locale locale = getLocale();
        setHeaderTitle(form.title() == null ? form.key() : form.title().in(locale));
        setId("form-dialog");
        FormLayout layout = new FormLayout();
        FormDataText answers = new FormDataText(locale, this::getTranslation);
        for (FormField field : form.readOnlyFields()) {
            layout.add(readOnly(field, answers.value(field, caseData.get(field.key())), answers));
        }
        for (FormField field : form.fields()) {
            Component input = inputFor(field, locale, caseId);
            input.setId("field-" + field.key());
            fields.put(field.key(), input);
            layout.add(input);
        }
        add(layout);
        Button ok = new Button(getTranslation("form.submit"), e -> {
            clearErrors();
            try {
                submit.accept(values());
                close();
                Notification.show(getTranslation("form.completed"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                afterSubmit.run();
            } catch (InvalidInputException problems) {
                showErrors(problems.errors());
                // a refusal of the process now (e.g. objections still open) or a change meanwhile keeps the form
                // open and is said by the session's error handler
            } catch (com.credittown.platform.web.NotFoundException gone) {
                // the step was completed or withdrawn meanwhile (or never was the user's)
                Notification.show(getTranslation("form.gone"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                close();
                afterSubmit.run();
            }
        });
        ok.setId("form-submit");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(cancel, ok);
        setWidth("min(640px, 100vw)");
    }

    /** A field the step may see but not edit: its value as the case page's timeline reads it, not editable. */
    private static Component readOnly(FormField field, String value, FormDataText answers) {
        com.vaadin.flow.component.textfield.TextFieldBase<?, String> shown =
                field.type() == com.credittown.workflows.form.FieldType.TEXTAREA
                        ? new TextArea(answers.label(field)) : new TextField(answers.label(field));
        shown.setValue(value);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("field-" + field.key());
        shown.addClassName("read-only-field");
        return shown;
    }

    private Component inputFor(FormField field, Locale locale, String caseId) {
        String label = field.label() == null ? field.key() : field.label().in(locale);
        Component input = switch (field.type()) {
            case TEXTAREA -> {
                TextArea area = new TextArea(label);
                area.setMaxLength(field.effectiveMaxLength());
                yield area;
            }
            case NUMBER -> new BigDecimalField(label);
            case DATE -> {
                DatePicker picker = new DatePicker(label);
                picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
                yield picker;
            }
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setPlaceholder(getTranslation("form.choose"));
                select.setItems(field.options().stream().map(FieldChoice::value).toList());
                select.setItemLabelGenerator(value -> field.options().stream()
                        .filter(option -> option.value().equals(value)).findFirst()
                        .map(option -> option.label().in(locale)).orElse(value));
                yield select;
            }
            case BOOLEAN -> new Checkbox(label);
            case FILE -> FormFieldFactory.current().fileField(field, label, caseId);
            case SUBJECT -> FormFieldFactory.current().subjectField(field, label);
            case TEXT, USCC -> {
                TextField text = new TextField(label);
                boolean code = field.type() == com.credittown.workflows.form.FieldType.USCC;
                text.setMaxLength(code ? 18 : field.effectiveMaxLength());
                yield text;
            }
        };
        if (input instanceof HasValue<?, ?> hasValue) {
            hasValue.setRequiredIndicatorVisible(field.required());
        }
        if (input instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        return input;
    }

    private Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((key, component) -> {
            Object value = ((HasValue<?, ?>) component).getValue();
            if (value instanceof java.time.LocalDate date) {
                value = date.toString();
            }
            if (value != null && !(value instanceof String s && s.isBlank())) {
                values.put(key, value);
            }
        });
        return values;
    }

    private void showErrors(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            Component field = fields.get(problem.field());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(FieldErrors.explain(problem, this::getTranslation));
                validated.setInvalid(true);
            }
        }
        Notification.show(getTranslation("form.invalid"), 4000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearErrors() {
        fields.values().forEach(field -> {
            if (field instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }
}
