package com.credittown.ui.design;

import com.credittown.workflows.design.DesignEdit;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.form.FieldChoice;
import com.credittown.workflows.form.FieldType;
import com.credittown.workflows.form.FormField;
import com.credittown.workflows.form.LocalizedText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form designer: the process's fields (text, number, date, choice, file, USCC, subject), required flags and rules,
 * and which of them the start form asks for. Which fields a step sees or edits is set on the step.
 */
class FormDesigner extends VerticalLayout {

    private static final List<FieldType> DESIGNABLE = Arrays.asList(FieldType.TEXT, FieldType.TEXTAREA,
            FieldType.NUMBER, FieldType.DATE, FieldType.CHOICE, FieldType.FILE, FieldType.USCC, FieldType.SUBJECT);

    private final Grid<FormField> grid = new Grid<>();
    private final Consumer<DesignEdit> changed;
    private DesignModel model;
    private Map<String, List<String>> problems = Map.of();
    private boolean readOnly;

    FormDesigner(Consumer<DesignEdit> changed) {
        this.changed = changed;
        setId("form-designer");
        grid.setId("field-grid");
        grid.addColumn(FormField::key).setHeader(getTranslation("designer.field.fieldKey")).setAutoWidth(true);
        grid.addColumn(f -> f.label() == null ? "" : f.label().zh()).setHeader(getTranslation("designer.field.label"));
        grid.addColumn(f -> getTranslation("designer.type." + f.type())).setHeader(getTranslation("designer.field.type"));
        grid.addColumn(f -> f.required() ? "✓" : "").setHeader(getTranslation("designer.field.required"));
        grid.addColumn(FormDesigner::rules).setHeader(getTranslation("designer.field.rules")).setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Checkbox start = new Checkbox(model.startFields().contains(f.key()));
            start.setId("start-field-" + f.key());
            start.setReadOnly(readOnly);
            start.addValueChangeListener(e -> changed.accept(new DesignEdit.AskOnStart(f.key(), e.getValue())));
            return start;
        }).setHeader(getTranslation("designer.field.onStart"));
        grid.addColumn(f -> String.join("；", problems.getOrDefault("field:" + f.key(), List.of())))
                .setHeader(getTranslation("designer.problems")).setClassNameGenerator(f -> "field-problem");
        grid.addComponentColumn(f -> {
            Button remove = new Button(getTranslation("designer.field.remove"),
                    e -> changed.accept(new DesignEdit.RemoveField(f)));
            remove.setId("remove-field-" + f.key());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setVisible(!readOnly);
            return remove;
        });
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(DesignModel model, Map<String, List<String>> problems, boolean readOnly) {
        this.model = model;
        this.problems = problems;
        this.readOnly = readOnly;
        grid.setItems(model.fields());
        getChildren().filter(c -> c != grid).toList().forEach(this::remove);
        if (!readOnly) {
            add(newFieldForm());
        }
    }

    private VerticalLayout newFieldForm() {
        TextField key = new TextField(getTranslation("designer.field.fieldKey"));
        key.setId("new-field-key");
        TextField zh = new TextField(getTranslation("designer.field.labelZh"));
        zh.setId("new-field-label");
        TextField en = new TextField(getTranslation("designer.field.labelEn"));
        Select<FieldType> type = new Select<>();
        type.setId("new-field-type");
        type.setLabel(getTranslation("designer.field.type"));
        type.setItems(DESIGNABLE);
        type.setItemLabelGenerator(t -> getTranslation("designer.type." + t));
        type.setValue(FieldType.TEXT);
        Checkbox required = new Checkbox(getTranslation("designer.field.required"));
        required.setId("new-field-required");
        TextField options = new TextField(getTranslation("designer.field.options"));
        options.setHelperText(getTranslation("designer.field.optionsHelp"));
        BigDecimalField min = new BigDecimalField(getTranslation("designer.field.min"));
        BigDecimalField max = new BigDecimalField(getTranslation("designer.field.max"));
        IntegerField minLength = new IntegerField(getTranslation("designer.field.minLength"));
        IntegerField maxLength = new IntegerField(getTranslation("designer.field.maxLength"));
        TextField pattern = new TextField(getTranslation("designer.field.pattern"));
        Button add = new Button(getTranslation("designer.field.add"), e -> {
            List<FieldChoice> choices = new ArrayList<>();
            for (String option : options.getValue().split("[,，]")) {
                if (!option.isBlank()) {
                    String[] parts = option.strip().split("=", 2);
                    String label = parts.length > 1 ? parts[1].strip() : parts[0].strip();
                    choices.add(new FieldChoice(parts[0].strip(), new LocalizedText(label, label)));
                }
            }
            FormField field = new FormField(key.getValue().strip(), type.getValue(),
                    new LocalizedText(zh.getValue().strip(), en.getValue().strip()), required.getValue(), null,
                    maxLength.getValue(), choices, minLength.getValue(),
                    pattern.getValue().isBlank() ? null : pattern.getValue().strip(), min.getValue(), max.getValue());
            changed.accept(new DesignEdit.AddField(field));
        });
        add.setId("add-field");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(key, zh, en, type, required, options, min, max, minLength, maxLength, pattern);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 4));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("designer.field.new")), form, add);
        box.setPadding(false);
        return box;
    }

    private static String rules(FormField f) {
        List<String> rules = new ArrayList<>();
        if (f.min() != null) {
            rules.add("≥ " + f.min().toPlainString());
        }
        if (f.max() != null) {
            rules.add("≤ " + f.max().toPlainString());
        }
        if (f.minLength() != null || f.maxLength() != null) {
            rules.add((f.minLength() == null ? 0 : f.minLength()) + "–" + (f.maxLength() == null ? "" : f.maxLength()));
        }
        if (f.pattern() != null) {
            rules.add(f.pattern());
        }
        if (!f.options().isEmpty()) {
            rules.add(String.join("/", f.options().stream().map(FieldChoice::value).toList()));
        }
        return String.join(" ", rules);
    }
}
