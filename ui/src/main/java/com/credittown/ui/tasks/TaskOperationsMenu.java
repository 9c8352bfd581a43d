package com.credittown.ui.tasks;

import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.cases.TaskOperations;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.List;
import java.util.Locale;

/** The task operations (转办, 委派, 退回, 抄送, 加签) of a task the user holds, as a small menu. */
final class TaskOperationsMenu {

    private static final List<TaskOperationDialog.Kind> KINDS = List.of(TaskOperationDialog.Kind.TRANSFER,
            TaskOperationDialog.Kind.DELEGATE, TaskOperationDialog.Kind.RETURN, TaskOperationDialog.Kind.COPY,
            TaskOperationDialog.Kind.COSIGN);

    private TaskOperationsMenu() {
    }

    static MenuBar of(WorkTask task, Runnable afterDone, TaskOperations operations, DisplayNames names, String id) {
        MenuBar bar = new MenuBar();
        bar.setId(id);
        bar.addClassName("task-operations");
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        MenuItem more = bar.addItem(bar.getTranslation("taskop.menu"));
        for (TaskOperationDialog.Kind kind : KINDS) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            MenuItem item = more.getSubMenu().addItem(bar.getTranslation("taskop." + name + ".action"),
                    e -> new TaskOperationDialog(kind, task, operations, names, afterDone).open());
            item.setId(id + "-" + name);
        }
        return bar;
    }
}
