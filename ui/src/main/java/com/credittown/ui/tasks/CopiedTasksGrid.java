package com.credittown.ui.tasks;

import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.cases.TaskCopy;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.function.Supplier;

/** 抄送我的: the case steps colleagues copied to the user, newest first, each linked to its case. */
class CopiedTasksGrid extends Grid<TaskCopy> {

    CopiedTasksGrid(DisplayNames names, Supplier<String> tenantCode) {
        setId("copied-grid");
        setVisible(false);
        addComponentColumn(copy -> {
            Anchor link = new Anchor("tenants/" + tenantCode.get() + "/cases/" + copy.getCaseId(),
                    names.step(copy.getProcessKey(), copy.getStepKey(), copy.getStepName()));
            link.addClassName("copied-case-link");
            return link;
        }).setHeader(getTranslation("tasks.column.step")).setAutoWidth(true);
        addColumn(copy -> names.process(copy.getProcessKey())).setHeader(getTranslation("tasks.column.process"))
                .setAutoWidth(true);
        addColumn(TaskCopy::getSender).setHeader(getTranslation("inbox.copied.sender"));
        addColumn(copy -> copy.getNote() == null ? "" : copy.getNote())
                .setHeader(getTranslation("inbox.copied.note"));
        addColumn(copy -> TaskListView.format(copy.getCopiedAt())).setHeader(getTranslation("inbox.copied.at"));
        setEmptyStateText(getTranslation("inbox.copied.empty"));
    }
}
