package com.credittown.ui.tasks;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.ProcessVersion;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.MainLayout;
import com.credittown.ui.error.PageActions;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.cases.TaskOperations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officer's inbox: my tasks, my groups' tasks, overdue ones, or all (the city office reads all, read-only);
 * narrowed by process and text, sorted, each deadline coloured by the working days left. Claim, give back, open
 * the case page, or start a new case from the tenant's published processes.
 */
@Route(value = "tenants/:tenant/tasks", layout = MainLayout.class)
@PermitAll
public class TaskListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final TenantDirectory directory;
    private final DisplayNames names;
    private final CaseService cases;
    private final TenantProcesses processes;
    private final WorkingDayCalendar calendar;
    private final InboxSettings settings;
    private final Clock clock;
    private final Grid<WorkTask> grid = new Grid<>();
    private final CopiedTasksGrid copied;
    private final TaskOperations operations;
    private final boolean operates = AccessPolicy.allows(Permission.TASK_OPERATE);
    private final H2 heading = new H2();
    private final Button start;
    private final InboxFilters filters;
    private final boolean readOnly = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(true);
    private final String me = CurrentUsers.current().map(CurrentUser::username).orElse("");
    private String tenantCode = "";
    private String title = "";

    public TaskListView(TenantDirectory directory, CaseService cases, TenantProcesses processes,
                        WorkingDayCalendar calendar, InboxSettings settings, Clock clock, DisplayNames names,
                        TaskOperations operations) {
        this.operations = operations;
        this.directory = directory;
        this.names = names;
        this.cases = cases;
        this.processes = processes;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        setSizeFull();
        start = new Button(getTranslation("workspace.start.button"), e -> openStartDialog());
        start.setId("start-case");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(!readOnly);
        filters = new InboxFilters(readOnly, names, this::refresh);
        copied = new CopiedTasksGrid(names, () -> tenantCode);
        add(new HorizontalLayout(heading, start), filters);
        configureGrid();
        add(grid, copied);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("task-grid");
        grid.addComponentColumn(this::caseLink).setHeader(getTranslation("tasks.column.step")).setAutoWidth(true);
        grid.addColumn(task -> String.valueOf(task.caseData().getOrDefault("subjectName", "")))
                .setHeader(getTranslation("tasks.column.subject")).setAutoWidth(true);
        grid.addColumn(task -> processName(task.processKey()))
                .setHeader(getTranslation("tasks.column.process")).setAutoWidth(true);
        grid.addColumn(task -> format(task.createdAt())).setHeader(getTranslation("tasks.column.created"));
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("tasks.column.due")).setAutoWidth(true);
        grid.addColumn(task -> task.assignee() == null ? "" : task.assignee())
                .setHeader(getTranslation("inbox.column.assignee"));
        if (!readOnly) {
            // the actions stay at the grid's right edge however wide the other columns are (the drawer leaves a
            // 1366-pixel laptop about 1,100 pixels for the grid)
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        grid.setDataProvider(DataProvider.fromCallbacks(
                query -> cases.inbox(filters.query(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, cases.countInbox(filters.query()))));
    }

    private void refresh() {
        boolean showCopies = filters.showsCopies();
        grid.setVisible(!showCopies);
        copied.setVisible(showCopies);
        if (showCopies) {
            copied.setItems(operations.copiedToMe(me));
        } else {
            grid.getDataProvider().refreshAll();
        }
    }

    private Component caseLink(WorkTask task) {
        Anchor link = new Anchor("tenants/" + tenantCode + "/cases/" + task.caseId(), names.step(task));
        link.addClassName("case-link");
        link.setId("case-" + task.id());
        return link;
    }

    private Component deadline(WorkTask task) {
        DeadlineStatus status = DeadlineStatus.of(task.dueAt(), clock.instant(), calendar,
                settings.amberWorkingDays());
        Span span = new Span(switch (status.level()) {
            case NONE -> "";
            case OVERDUE -> getTranslation("inbox.deadline.overdue", format(task.dueAt()));
            default -> getTranslation("inbox.deadline.left", format(task.dueAt()), status.workingDaysLeft());
        } + (status.flagged() ? " " + getTranslation("inbox.deadline.flagged") : ""));
        span.addClassName(status.cssClass());
        span.getStyle().set("color", status.colour());
        if (status.level() != DeadlineStatus.Level.NORMAL) {
            span.getStyle().set("font-weight", "600");
        }
        return span;
    }

    private Component actions(WorkTask task) {
        List<Component> buttons = new ArrayList<>();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.action.claim"), e -> act(() -> cases.claim(task.id(), me),
                    "inbox.claimed"));
            claim.setId("claim-" + task.id());
            claim.addClassName("claim-task");
            buttons.add(claim);
        } else if (task.assignee().equals(me)) {
            Button unclaim = new Button(getTranslation("inbox.action.unclaim"),
                    e -> act(() -> cases.unclaim(task.id(), me), "inbox.unclaimed"));
            unclaim.setId("unclaim-" + task.id());
            buttons.add(unclaim);
        }
        Button handle = new Button(getTranslation("tasks.action.handle"), e -> openTaskForm(task));
        handle.setId("handle-" + task.id());
        handle.addClassName("handle-task");
        buttons.add(handle);
        buttons.forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        HorizontalLayout row = new HorizontalLayout();
        buttons.forEach(row::add);
        boolean holder = me.equals(task.assignee()) && !task.delegated() && !task.isCosign();
        if (operates && (holder || operations.operatesAnyTask()) && !task.isCosign()) {
            row.add(TaskOperationsMenu.of(task, this::refresh, operations, names, "ops-" + task.id()));
        }
        return row;
    }

    private void act(Runnable action, String doneKey) {
        PageActions.run("inbox", this, Map.of(), action, doneKey);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("tenant").orElse("");
        if (CurrentUsers.current().map(CurrentUser::isOnlyMerchant).orElse(false)) {
            // a merchant has no inbox: its steps wait in the merchant portal
            event.forwardTo("tenants/" + TenantContext.current().map(t -> t.code()).orElse(code) + "/merchant");
            return;
        }
        Optional<Tenant> tenant = TenantPages.current(directory);
        if (tenant.isEmpty()) {
            return;
        }
        tenantCode = code;
        title = getTranslation("tasks.title", names.tenant(tenant.get()));
        heading.setText(title);
        filters.processes(processes.published().stream().map(ProcessVersion::key).distinct().toList());
        refresh();
    }

    private String processName(String key) {
        return names.process(key);
    }

    private void openTaskForm(WorkTask task) {
        FormDialog dialog = new FormDialog(cases.formOf(task), task.caseId(), task.caseData(),
                data -> cases.complete(task.id(), CurrentUsers.actor(), data), this::refresh);
        com.credittown.ui.publicpages.ObjectionsPanel.forTask(task).ifPresent(dialog::addComponentAsFirst);
        dialog.open();
    }

    private void openStartDialog() {
        new StartCaseDialog(processes, cases, names, caseId -> UI.getCurrent().navigate("tenants/" + tenantCode
                + "/cases/" + caseId)).open();
    }

    static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
