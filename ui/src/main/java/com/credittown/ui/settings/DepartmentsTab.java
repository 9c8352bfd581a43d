package com.credittown.ui.settings;

import static com.credittown.ui.settings.SettingsEdits.DEPARTMENT;
import static com.credittown.ui.settings.SettingsEdits.REVIEWER;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.workflows.settings.TenantSettings;
import com.credittown.workflows.settings.TenantSettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The tenant's departments and their reviewers; the administrator adds departments and adds or removes reviewers. */
class DepartmentsTab extends VerticalLayout {

    private final Grid<TenantSettings.DepartmentView> departments = new Grid<>();
    private final ComboBox<String> reviewerDepartment = new ComboBox<>();

    DepartmentsTab(TenantSettingsService settings, SettingsEdits edits, boolean readOnly) {
        departments.setId("settings-departments");
        departments.addColumn(TenantSettings.DepartmentView::code).setHeader(getTranslation("settings.department.code"))
                .setAutoWidth(true);
        departments.addColumn(TenantSettings.DepartmentView::name).setHeader(getTranslation("settings.department.name"))
                .setAutoWidth(true);
        departments.addColumn(d -> String.join("、", d.reviewers().stream().map(r -> r.username()
                        + ("DONE".equals(r.state()) ? "" : "（" + getTranslation("settings.reviewer." + r.state()) + "）"))
                        .toList()))
                .setHeader(getTranslation("settings.department.reviewers")).setAutoWidth(true);
        departments.setAllRowsVisible(true);
        add(departments);
        setPadding(false);
        if (readOnly) {
            return;
        }
        TextField code = edits.field(DEPARTMENT, "code", new TextField(getTranslation("settings.department.code")));
        TextField name = edits.field(DEPARTMENT, "name", new TextField(getTranslation("settings.department.name")));
        code.setId("department-code");
        name.setId("department-name");
        Button add = new Button(getTranslation("settings.department.add"), e -> edits.save(DEPARTMENT,
                () -> settings.addDepartment(code.getValue(), name.getValue(), CurrentUsers.actor())));
        add.setId("department-add");
        ComboBox<String> department = reviewerDepartment;
        department.setAllowCustomValue(false);
        department.setId("reviewer-department");
        department.setLabel(getTranslation("settings.reviewer.department"));
        TextField username = edits.field(REVIEWER, "username",
                new TextField(getTranslation("settings.reviewer.username")));
        username.setId("reviewer-username");
        Button addReviewer = new Button(getTranslation("settings.reviewer.add"), e -> edits.save(REVIEWER,
                () -> settings.addReviewer(department.getValue(), username.getValue(), CurrentUsers.actor())));
        addReviewer.setId("reviewer-add");
        addReviewer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button removeReviewer = new Button(getTranslation("settings.reviewer.remove"), e -> edits.save(REVIEWER,
                () -> settings.removeReviewer(username.getValue(), CurrentUsers.actor())));
        removeReviewer.setId("reviewer-remove");
        add(TenantSettingsView.row(code, name, add),
                TenantSettingsView.row(department, username, addReviewer, removeReviewer));
    }

    void show(TenantSettings current) {
        departments.setItems(current.departments());
        String chosen = reviewerDepartment.getValue();
        reviewerDepartment.setItems(current.departments().stream().map(TenantSettings.DepartmentView::code).toList());
        reviewerDepartment.setItemLabelGenerator(code -> current.departments().stream()
                .filter(d -> d.code().equals(code)).findFirst().map(d -> code + " · " + d.name()).orElse(code));
        if (chosen != null) {
            reviewerDepartment.setValue(chosen);
        }
    }
}
