package com.credittown.ui.keytask;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.ui.error.PageActions;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.keytask.KeyTaskSpreadsheet;
import com.credittown.workflows.keytask.NewKeyTask;
import com.credittown.workflows.keytask.TenantKeyTask;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The city office's key-task ledger (重点任务工作台账): every key task with each tenant's copy and its status, a dialog
 * to assign a new key task to chosen tenants, each copy's history, and the ledger as an .xlsx download.
 */
@Route(value = "city/key-tasks", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CityKeyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final DisplayNames names;
    private final KeyTaskLedger ledger;
    private final TenantDirectory directory;
    private final Clock clock;
    private final Grid<TenantKeyTask> grid = new Grid<>();

    public CityKeyTasksView(KeyTaskLedger ledger, TenantDirectory directory, Clock clock, DisplayNames names) {
        this.names = names;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        setWidthFull();
        Button assign = new Button(getTranslation("keytask.assign"), e -> openAssignDialog());
        assign.setId("key-task-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        java.util.Locale language = DisplayNames.locale();
        java.util.function.Function<String, String> tenantNames = names.tenants();
        Anchor download = new Anchor(new StreamResource("key-tasks-" + today() + ".xlsx",
                () -> new ByteArrayInputStream(KeyTaskSpreadsheet.of(ledger.all(), today(), language, tenantNames))),
                getTranslation("keytask.download"));
        download.setId("key-tasks-xlsx");
        download.getElement().setAttribute("download", true);
        configureGrid();
        add(new H2(getTranslation("keytask.city.title")), new HorizontalLayout(assign, download), grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("key-task-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(TenantKeyTask::title).setHeader(getTranslation("keytask.col.title")).setAutoWidth(true);
        grid.addColumn(copy -> names.tenant(copy.tenant())).setHeader(getTranslation("keytask.col.tenant")).setAutoWidth(true);
        grid.addColumn(TenantKeyTask::ownerUnit).setHeader(getTranslation("keytask.col.ownerUnit"))
                .setAutoWidth(true);
        grid.addColumn(TenantKeyTask::deadline).setHeader(getTranslation("keytask.col.deadline")).setAutoWidth(true);
        grid.addComponentColumn(copy -> KeyTaskBadges.status(copy, this))
                .setHeader(getTranslation("keytask.col.status")).setAutoWidth(true);
        grid.addColumn(TenantKeyTask::ownerPerson).setHeader(getTranslation("keytask.col.ownerPerson"))
                .setAutoWidth(true);
        grid.addColumn(TenantKeyTask::progressNote).setHeader(getTranslation("keytask.col.progressNote"))
                .setFlexGrow(1);
        grid.addColumn(TenantKeyTask::completedOn).setHeader(getTranslation("keytask.col.completedOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(copy -> {
            Button history = new Button(getTranslation("keytask.history"), e -> new KeyTaskHistoryDialog(
                    copy.title() + " · " + names.tenant(copy.tenant()), ledger.history(copy.keyTaskId(), copy.tenant()))
                    .open());
            history.setId("history-" + copy.keyTaskId() + "-" + copy.tenant());
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return history;
        }).setAutoWidth(true);
    }

    private void refresh() {
        grid.setItems(ledger.all().stream().flatMap(task -> task.tenants().stream()).toList());
    }

    private void openAssignDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("keytask.assign"));
        TextField title = new TextField(getTranslation("keytask.col.title"));
        title.setId("key-task-title");
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("keytask.field.description"));
        description.setId("key-task-description");
        TextField basis = new TextField(getTranslation("keytask.field.basis"));
        basis.setId("key-task-basis");
        TextField ownerUnit = new TextField(getTranslation("keytask.col.ownerUnit"));
        ownerUnit.setId("key-task-owner-unit");
        DatePicker deadline = new DatePicker(getTranslation("keytask.col.deadline"));
        deadline.setId("key-task-deadline");
        deadline.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        IntegerField reminder = new IntegerField(getTranslation("keytask.field.reminder"));
        reminder.setId("key-task-reminder");
        MultiSelectComboBox<Tenant> tenants = new MultiSelectComboBox<>(getTranslation("keytask.field.tenants"));
        tenants.setId("key-task-tenants");
        tenants.setItems(directory.all());
        tenants.setItemLabelGenerator(t -> t.name(getLocale()) + " (" + t.id().code() + ")");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", description);
        fields.put("basis", basis);
        fields.put("ownerUnit", ownerUnit);
        fields.put("deadline", deadline);
        fields.put("reminderWorkingDays", reminder);
        fields.put("tenants", tenants);
        dialog.add(new FormLayout(title, ownerUnit, basis, deadline, reminder, tenants, description));
        Button save = new Button(getTranslation("keytask.assign.submit"), e -> {
            if (PageActions.run(this, fields, () -> ledger.assign(new NewKeyTask(title.getValue(),
                    description.getValue(), basis.getValue(), ownerUnit.getValue(),
                    deadline.getValue() == null ? null : deadline.getValue().toString(), reminder.getValue(),
                    tenants.getSelectedItems().stream().map(t -> t.id().code()).sorted().toList()),
                    CurrentUsers.actor()), "keytask.assigned")) {
                dialog.close();
                refresh();
            }
        });
        save.setId("key-task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(720px, 100vw)");
        dialog.open();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformClock.CITY_ZONE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keytask.city.title");
    }
}
