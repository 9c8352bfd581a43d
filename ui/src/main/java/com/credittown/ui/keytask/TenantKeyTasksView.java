package com.credittown.ui.keytask;

import com.credittown.ui.error.FieldErrors;
import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.keytask.KeyTaskState;
import com.credittown.workflows.keytask.KeyTaskStatus;
import com.credittown.workflows.keytask.KeyTaskUpdate;
import com.credittown.workflows.keytask.KeyTaskView;
import com.credittown.workflows.keytask.TenantKeyTask;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's key tasks from the city office: its own copies with their status, an edit dialog (owner, status,
 * progress note, completion date) that sends the version it read, and each copy's history. The city office reads
 * it without editing. Another tenant's page is answered exactly like an unknown tenant.
 */
@Route(value = "tenants/:tenant/key-tasks", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.KEY_TASK_READ)
public class TenantKeyTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KeyTaskLedger ledger;
    private final TenantDirectory directory;
    private final boolean readOnly = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    private final H2 heading = new H2();
    private final Grid<TenantKeyTask> grid = new Grid<>();
    private String title = "";

    public TenantKeyTasksView(KeyTaskLedger ledger, TenantDirectory directory) {
        this.ledger = ledger;
        this.directory = directory;
        setWidthFull();
        heading.setId("key-tasks-heading");
        configureGrid();
        Paragraph empty = new Paragraph(getTranslation("keytask.tenant.none"));
        grid.setEmptyStateComponent(empty);
        add(heading, grid);
    }

    private void configureGrid() {
        grid.setId("tenant-key-task-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(TenantKeyTask::title).setHeader(getTranslation("keytask.col.title")).setAutoWidth(true);
        grid.addColumn(TenantKeyTask::basis).setHeader(getTranslation("keytask.field.basis")).setAutoWidth(true);
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
            HorizontalLayout actions = new HorizontalLayout();
            if (!readOnly) {
                Button edit = new Button(getTranslation("keytask.edit"), e -> openEditDialog(copy));
                edit.setId("edit-" + copy.keyTaskId());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(edit);
            }
            Button history = new Button(getTranslation("keytask.history"), e -> new KeyTaskHistoryDialog(
                    copy.title(), ledger.historyOfCurrentTenant(copy.keyTaskId())).open());
            history.setId("history-" + copy.keyTaskId() + "-" + copy.tenant());
            history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(history);
            return actions;
        }).setAutoWidth(true);
    }

    private void refresh() {
        grid.setItems(ledger.ofCurrentTenant());
    }

    private void openEditDialog(TenantKeyTask copy) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(copy.title());
        TextField owner = new TextField(getTranslation("keytask.col.ownerPerson"));
        owner.setId("key-task-owner-person");
        owner.setMaxLength(100);
        owner.setValue(Optional.ofNullable(copy.ownerPerson()).orElse(""));
        Select<KeyTaskState> status = new Select<>();
        status.setId("key-task-state");
        status.setLabel(getTranslation("keytask.col.status"));
        status.setItems(KeyTaskState.values());
        status.setItemLabelGenerator(s -> getTranslation("keytask.status." + s.name()));
        // an overdue copy keeps the state last reported (OVERDUE is computed, never set)
        status.setValue(copy.status() != KeyTaskStatus.OVERDUE ? KeyTaskState.valueOf(copy.status().name())
                : ledger.historyOfCurrentTenant(copy.keyTaskId()).stream().reduce((a, b) -> b)
                        .map(KeyTaskView.Revision::state).orElse(KeyTaskState.NOT_STARTED));
        TextArea note = new TextArea(getTranslation("keytask.col.progressNote"));
        note.setId("key-task-progress-note");
        note.setMaxLength(2000);
        note.setValue(Optional.ofNullable(copy.progressNote()).orElse(""));
        DatePicker completedOn = new DatePicker(getTranslation("keytask.col.completedOn"));
        completedOn.setId("key-task-completed-on");
        completedOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        completedOn.setValue(copy.completedOn());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("ownerPerson", owner);
        fields.put("status", status);
        fields.put("progressNote", note);
        fields.put("completedOn", completedOn);
        dialog.add(new FormLayout(owner, status, completedOn, note));
        Button save = new Button(getTranslation("keytask.save"), e -> {
            FieldErrors.clear(fields);
            try {
                ledger.update(copy.keyTaskId(), new KeyTaskUpdate(owner.getValue(),
                        status.getValue() == null ? null : status.getValue().name(), note.getValue(),
                        completedOn.getValue() == null ? null : completedOn.getValue().toString(), copy.version()),
                        CurrentUsers.actor());
                dialog.close();
                Notification.show(getTranslation("keytask.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (InvalidInputException problems) {
                List<FieldProblem> rest = FieldErrors.show(fields, problems.errors());
                rest.forEach(p -> Notification.show(p.field() + ": " + p.message(), 5000,
                        Notification.Position.MIDDLE));
            } catch (ConflictException | org.springframework.dao.OptimisticLockingFailureException changed) {
                dialog.close();
                Notification changedMeanwhile = Notification.show(getTranslation("keytask.changedMeanwhile"), 8000,
                        Notification.Position.MIDDLE);
                changedMeanwhile.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                changedMeanwhile.setId("key-task-changed-meanwhile");
                refresh();
            }
        });
        save.setId("key-task-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(640px, 100vw)");
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        title = getTranslation("keytask.tenant.title", tenant.get().name(getLocale()));
        heading.setText(title);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
