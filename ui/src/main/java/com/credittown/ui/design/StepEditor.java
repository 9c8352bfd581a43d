package com.credittown.ui.design;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.Operator;
import com.credittown.workflows.design.StepKind;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignStep;
import com.credittown.workflows.form.FormField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/** The side panel of the simple designer: edits the selected step and hands the changed step back. */
class StepEditor extends VerticalLayout {

    private final Consumer<DesignStep> apply;

    StepEditor(Consumer<DesignStep> apply) {
        this.apply = apply;
        setId("step-editor");
        setWidth("380px");
        setPadding(true);
        getStyle().set("border-left", "1px solid var(--lumo-contrast-10pct)");
        showNothing();
    }

    void showNothing() {
        removeAll();
        add(new H3(getTranslation("designer.editor.title")));
        add(new com.vaadin.flow.component.html.Span(getTranslation("designer.editor.choose")));
    }

    void show(DesignStep step, DesignModel model) {
        removeAll();
        add(new H3(getTranslation("designer.kind." + step.kind().name())));
        TextField name = new TextField(getTranslation("designer.step.name"));
        name.setId("step-name");
        name.setValue(step.name() == null ? "" : step.name());
        name.setMaxLength(100);
        name.setWidthFull();
        add(name);
        switch (step.kind()) {
            case APPROVAL, COPY_TO -> showTask(step, model, name);
            case PARALLEL, CONDITION -> showBlock(step, model, name);
        }
    }

    private void showTask(DesignStep step, DesignModel model, TextField name) {
        Select<AssigneeKind> kind = new Select<>();
        kind.setId("assignee-kind");
        kind.setLabel(getTranslation(step.kind() == StepKind.COPY_TO
                ? "designer.step.recipientKind" : "designer.step.assigneeKind"));
        kind.setItems(AssigneeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("designer.assignee." + k.name()));
        kind.setValue(step.assignee() == null ? AssigneeKind.ROLE : step.assignee().kind());
        TextField value = new TextField(getTranslation("designer.step.assignee"));
        value.setId("assignee-value");
        value.setHelperText(getTranslation("designer.step.assigneeHelp"));
        value.setValue(step.assignee() == null || step.assignee().value() == null ? "" : step.assignee().value());
        value.setWidthFull();
        add(kind, value);
        IntegerField deadline = new IntegerField(getTranslation("designer.step.deadline"));
        deadline.setId("step-deadline");
        deadline.setValue(step.deadlineWorkingDays());
        deadline.setMin(1);
        deadline.setStepButtonsVisible(true);
        List<String> keys = model.fields().stream().map(FormField::key).toList();
        MultiSelectComboBox<String> visible = fieldPicker("designer.step.visible", keys, step.visibleFields());
        visible.setId("step-visible");
        MultiSelectComboBox<String> editable = fieldPicker("designer.step.editable", keys, step.editableFields());
        editable.setId("step-editable");
        if (step.kind() == StepKind.APPROVAL) {
            add(deadline, visible, editable);
        }
        addApply(() -> {
            Assignee assignee = new Assignee(kind.getValue(), value.getValue().strip());
            if (step.kind() == StepKind.COPY_TO) {
                return new DesignStep(step.id(), step.kind(), name.getValue().strip(), assignee, null, List.of(),
                        List.of(), List.of());
            }
            LinkedHashSet<String> shown = new LinkedHashSet<>(visible.getSelectedItems());
            shown.addAll(editable.getSelectedItems());
            return new DesignStep(step.id(), step.kind(), name.getValue().strip(), assignee, deadline.getValue(),
                    sorted(keys, shown), sorted(keys, editable.getSelectedItems()), List.of());
        });
    }

    private void showBlock(DesignStep step, DesignModel model, TextField name) {
        List<BranchRow> rows = new ArrayList<>();
        VerticalLayout branches = new VerticalLayout();
        branches.setPadding(false);
        for (Branch branch : step.branches()) {
            BranchRow row = new BranchRow(step.kind(), branch, model, rows.size());
            rows.add(row);
            branches.add(row);
        }
        Button addBranch = new Button(getTranslation("designer.branch.add"), e -> {
            BranchRow row = new BranchRow(step.kind(), new Branch(getTranslation("designer.branch.name")
                    + (rows.size() + 1), null, List.of()), model, rows.size());
            rows.add(row);
            branches.add(row);
        });
        addBranch.setId("add-branch");
        add(branches, addBranch);
        addApply(() -> {
            List<Branch> changed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).removed) {
                    continue;
                }
                List<DesignStep> kept = i < step.branches().size() ? step.branches().get(i).steps() : List.of();
                changed.add(rows.get(i).branch(kept));
            }
            return new DesignStep(step.id(), step.kind(), name.getValue().strip(), null, null, List.of(), List.of(),
                    changed);
        });
    }

    private void addApply(java.util.function.Supplier<DesignStep> changed) {
        Button ok = new Button(getTranslation("designer.editor.apply"), e -> apply.accept(changed.get()));
        ok.setId("apply-step");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(ok);
    }

    private MultiSelectComboBox<String> fieldPicker(String label, List<String> keys, List<String> selected) {
        MultiSelectComboBox<String> picker = new MultiSelectComboBox<>(getTranslation(label));
        picker.setItems(keys);
        picker.select(selected.stream().filter(keys::contains).toList());
        picker.setWidthFull();
        return picker;
    }

    private static List<String> sorted(List<String> order, java.util.Collection<String> chosen) {
        return order.stream().filter(chosen::contains).toList();
    }

    /** One branch of a block in the editor: its name and, in a condition block, its condition or "default". */
    private final class BranchRow extends VerticalLayout {

        private final TextField name = new TextField();
        private final Select<String> field = new Select<>();
        private final Select<Operator> operator = new Select<>();
        private final TextField value = new TextField();
        private final com.vaadin.flow.component.checkbox.Checkbox isDefault = new com.vaadin.flow.component.checkbox.Checkbox();
        private final StepKind kind;
        private boolean removed;

        BranchRow(StepKind kind, Branch branch, DesignModel model, int index) {
            this.kind = kind;
            setPadding(false);
            setSpacing(false);
            getStyle().set("border-top", "1px dashed var(--lumo-contrast-20pct)");
            name.setLabel(getTranslation("designer.branch.name"));
            name.setValue(branch.name() == null ? "" : branch.name());
            name.setId("branch-name-" + index);
            Button remove = new Button(getTranslation("designer.branch.remove"), e -> {
                removed = true;
                setVisible(false);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout top = new HorizontalLayout(name, remove);
            top.setAlignItems(Alignment.BASELINE);
            add(top);
            if (kind == StepKind.CONDITION) {
                isDefault.setLabel(getTranslation("designer.branch.default"));
                isDefault.setValue(branch.condition() == null);
                isDefault.setId("branch-default-" + index);
                field.setLabel(getTranslation("designer.condition.field"));
                field.setItems(model.fields().stream().map(FormField::key).toList());
                field.setId("condition-field-" + index);
                operator.setLabel(getTranslation("designer.condition.operator"));
                operator.setItems(Operator.values());
                operator.setItemLabelGenerator(o -> getTranslation("designer.operator." + o.name()));
                operator.setId("condition-operator-" + index);
                value.setLabel(getTranslation("designer.condition.value"));
                value.setId("condition-value-" + index);
                if (branch.condition() != null) {
                    if (model.field(branch.condition().field()).isPresent()) {
                        field.setValue(branch.condition().field());
                    }
                    operator.setValue(branch.condition().operator());
                    value.setValue(branch.condition().value() == null ? "" : branch.condition().value());
                }
                add(isDefault, new HorizontalLayout(field, operator), value);
            }
        }

        Branch branch(List<DesignStep> steps) {
            Condition condition = kind != StepKind.CONDITION || isDefault.getValue() ? null
                    : new Condition(field.getValue(), operator.getValue(), value.getValue().strip());
            return new Branch(name.getValue().strip(), condition, steps);
        }
    }
}
