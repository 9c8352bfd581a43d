package com.credittown.ui.tasks;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.workflow.InboxQuery;
import com.credittown.platform.workflow.ProcessVersion;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.cases.TaskCopy;
import com.credittown.workflows.cases.TaskOperations;
import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.Permission;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private final Grid<TaskCopy> copied = new Grid<>();
    private final Tab copiedTab = new Tab();
    private final TaskOperations operations;
    private final boolean operates = AccessPolicy.allows(Permission.TASK_OPERATE);
    private final H2 heading = new H2();
    private final Button start;
    private final Tabs scopes = new Tabs();
    private final Map<InboxQuery.Scope, Tab> tabs = new EnumMap<>(InboxQuery.Scope.class);
    private final Select<String> process = new Select<>();
    private final TextField text = new TextField();
    private final Select<InboxQuery.Order> order = new Select<>();
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
        add(new HorizontalLayout(heading, start), filters());
        configureGrid();
        configureCopied();
        add(grid, copied);
        expand(grid);
    }

    /** 抄送我的: the case steps colleagues copied to the user, newest first. */
    private void configureCopied() {
        copied.setId("copied-grid");
        copied.setVisible(false);
        copied.addComponentColumn(copy -> {
            Anchor link = new Anchor("tenants/" + tenantCode + "/cases/" + copy.getCaseId(),
                    names.step(copy.getProcessKey(), copy.getStepKey(), copy.getStepName()));
            link.addClassName("copied-case-link");
            return link;
        }).setHeader(getTranslation("tasks.column.step")).setAutoWidth(true);
        copied.addColumn(copy -> processName(copy.getProcessKey())).setHeader(getTranslation("tasks.column.process"))
                .setAutoWidth(true);
        copied.addColumn(TaskCopy::getSender).setHeader(getTranslation("inbox.copied.sender"));
        copied.addColumn(copy -> copy.getNote() == null ? "" : copy.getNote())
                .setHeader(getTranslation("inbox.copied.note"));
        copied.addColumn(copy -> format(copy.getCopiedAt())).setHeader(getTranslation("inbox.copied.at"));
        copied.setEmptyStateText(getTranslation("inbox.copied.empty"));
    }

    private Component filters() {
        List<InboxQuery.Scope> shown = readOnly ? List.of(InboxQuery.Scope.ALL, InboxQuery.Scope.OVERDUE)
                : List.of(InboxQuery.Scope.MINE, InboxQuery.Scope.GROUPS, InboxQuery.Scope.OVERDUE, InboxQuery.Scope.ALL);
        for (InboxQuery.Scope scope : shown) {
            Tab tab = new Tab(getTranslation("inbox.scope." + scope.name()));
            tab.setId("inbox-" + scope.name().toLowerCase(java.util.Locale.ROOT));
            tabs.put(scope, tab);
            scopes.add(tab);
        }
        if (!readOnly) {
            copiedTab.setLabel(getTranslation("inbox.scope.COPIED"));
            copiedTab.setId("inbox-copied");
            scopes.add(copiedTab);
        }
        scopes.setSelectedTab(tabs.get(InboxQuery.Scope.ALL));
        scopes.addSelectedChangeListener(e -> refresh());
        process.setId("inbox-process");
        process.setLabel(getTranslation("inbox.filter.process"));
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("inbox.filter.allProcesses"));
        process.setItemLabelGenerator(key -> key == null ? getTranslation("inbox.filter.allProcesses")
                : processName(key));
        process.addValueChangeListener(e -> refresh());
        text.setId("inbox-text");
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setPlaceholder(getTranslation("inbox.filter.textHint"));
        text.setClearButtonVisible(true);
        text.setMaxLength(100);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        order.setId("inbox-order");
        order.setLabel(getTranslation("inbox.filter.order"));
        order.setItems(InboxQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("inbox.order." + o.name()));
        order.setValue(InboxQuery.Order.NEWEST);
        order.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(process, text, order);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(scopes, row);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
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
                query -> cases.inbox(currentQuery(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, cases.countInbox(currentQuery()))));
    }

    private InboxQuery currentQuery() {
        InboxQuery.Scope scope = tabs.entrySet().stream()
                .filter(entry -> entry.getValue().equals(scopes.getSelectedTab()))
                .map(Map.Entry::getKey).findFirst().orElse(InboxQuery.Scope.ALL);
        return new InboxQuery(scope, process.getValue(), text.getValue(), order.getValue());
    }

    private void refresh() {
        boolean showCopies = scopes.getSelectedTab() == copiedTab;
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
            row.add(operationsMenu(task, this::refresh, operations, names, "ops-" + task.id()));
        }
        return row;
    }

    /** The task operations (转办, 委派, 退回, 抄送, 加签) of a task the user holds, as a small menu. */
    static MenuBar operationsMenu(WorkTask task, Runnable afterDone, TaskOperations operations, DisplayNames names,
                                  String id) {
        MenuBar bar = new MenuBar();
        bar.setId(id);
        bar.addClassName("task-operations");
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem more = bar.addItem(bar.getTranslation("taskop.menu"));
        for (TaskOperationDialog.Kind kind : List.of(TaskOperationDialog.Kind.TRANSFER,
                TaskOperationDialog.Kind.DELEGATE, TaskOperationDialog.Kind.RETURN, TaskOperationDialog.Kind.COPY,
                TaskOperationDialog.Kind.COSIGN)) {
            MenuItem item = more.getSubMenu().addItem(bar.getTranslation("taskop." + kind.name()
                            .toLowerCase(java.util.Locale.ROOT) + ".action"),
                    e -> new TaskOperationDialog(kind, task, operations, names, afterDone).open());
            item.setId(id + "-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        return bar;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ConflictException taken) {
            Notification.show(getTranslation("inbox.taken"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        } catch (com.credittown.platform.web.NotFoundException gone) {
            Notification.show(getTranslation("inbox.gone"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        }
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
        process.setItems(processes.published().stream().map(ProcessVersion::key).distinct().toList());
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

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
