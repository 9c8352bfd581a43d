package com.credittown.ui.tasks;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.cases.CaseService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** A tenant's open tasks: start a credit commitment, or handle a task with its form. */
@Route(value = "tenants/:tenant/tasks", layout = MainLayout.class)
@RolesAllowed({Roles.OFFICER, Roles.DEPARTMENT_REVIEWER, Roles.ADMINISTRATOR, Roles.CITY_OFFICE})
public class TaskListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROCESS = "credit-commitment";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final TenantDirectory directory;
    private final CaseService cases;
    private final Grid<WorkTask> grid = new Grid<>();
    private final H2 heading = new H2();
    private final Button start;
    private final boolean readOnly = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    private String title = "";

    public TaskListView(TenantDirectory directory, CaseService cases) {
        this.directory = directory;
        this.cases = cases;
        setSizeFull();
        start = new Button(getTranslation("tasks.action.start"), e -> openStartForm());
        start.setId("start-case");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(!readOnly);
        grid.setId("task-grid");
        grid.addColumn(WorkTask::name).setHeader(getTranslation("tasks.column.step")).setAutoWidth(true);
        grid.addColumn(task -> String.valueOf(task.caseData().getOrDefault("subjectName", "")))
                .setHeader(getTranslation("tasks.column.subject")).setAutoWidth(true);
        grid.addColumn(task -> getTranslation("process." + task.processKey()))
                .setHeader(getTranslation("tasks.column.process")).setAutoWidth(true);
        grid.addColumn(task -> format(task.createdAt())).setHeader(getTranslation("tasks.column.created"));
        grid.addColumn(task -> format(task.dueAt())).setHeader(getTranslation("tasks.column.due"));
        if (!readOnly) {
            grid.addComponentColumn(this::handleButton);
        }
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> cases.openTasks(query.getOffset() / query.getLimit(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, cases.countOpenTasks())));
        add(new HorizontalLayout(heading, start), grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        Optional<Tenant> tenant = directory.find(code);
        if (tenant.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", code));
            return;
        }
        boolean sameTenant = TenantContext.current().map(t -> t.equals(tenant.get().id())).orElse(false);
        if (!sameTenant && readOnly && TenantContext.current().isPresent()) {
            // The city office moved to another tenant inside the page: reload so the request sets it.
            event.getUI().getPage().setLocation("/tenants/" + code + "/tasks");
            return;
        }
        if (!sameTenant) {
            // Another tenant's page is answered exactly like a tenant that does not exist.
            event.rerouteToError(NotFoundException.class, getTranslation("tasks.unknownTenant", code));
            return;
        }
        title = getTranslation("tasks.title", tenant.get().nameZh());
        heading.setText(title);
        grid.getDataProvider().refreshAll();
    }

    private Button handleButton(WorkTask task) {
        Button handle = new Button(getTranslation("tasks.action.handle"), e -> openTaskForm(task));
        handle.setId("handle-" + task.id());
        handle.addClassName("handle-task");
        handle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return handle;
    }

    private void openTaskForm(WorkTask task) {
        new FormDialog(cases.formOf(task), data -> cases.complete(task.id(), CurrentUsers.actor(), data),
                () -> grid.getDataProvider().refreshAll()).open();
    }

    private void openStartForm() {
        new FormDialog(cases.startForm(PROCESS), data -> cases.start(PROCESS, CurrentUsers.actor(), data),
                () -> grid.getDataProvider().refreshAll()).open();
    }

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
