package com.credittown.ui.tasks;

import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.cases.StepLegalBasis;
import com.credittown.workflows.cases.TaskOperations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The open steps of a case, each with its deadline and legal basis, who holds it, and what the user may do: handle
 * it, operate on it (转办, 委派, 退回, 抄送, 加签), or withdraw (撤回) the step they completed last.
 */
class CaseCurrentSteps extends VerticalLayout {

    private final CaseService cases;
    private final TaskOperations operations;
    private final StepLegalBasis legalBasis;
    private final DisplayNames names;
    private final boolean readOnly;
    private final boolean operates = AccessPolicy.allows(Permission.TASK_OPERATE);

    CaseCurrentSteps(CaseService cases, TaskOperations operations, StepLegalBasis legalBasis, DisplayNames names,
                     boolean readOnly) {
        this.cases = cases;
        this.operations = operations;
        this.legalBasis = legalBasis;
        this.names = names;
        this.readOnly = readOnly;
        setId("case-current");
        setPadding(false);
    }

    /** Shows the case's open steps; {@code reload} shows the case afresh after an action. */
    void show(String caseId, CaseSummary found, Runnable reload) {
        removeAll();
        var open = cases.openTasksOf(caseId);
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation(found.open() ? "case.current.none" : "case.current.closed")));
            return;
        }
        boolean withdrawable = !readOnly && operates && operations.completedLastStep(caseId, CurrentUsers.actor());
        for (WorkTask task : open) {
            HorizontalLayout row = new HorizontalLayout();
            row.setAlignItems(Alignment.BASELINE);
            Span name = new Span(names.step(task));
            name.getStyle().set("font-weight", "600");
            row.add(name);
            row.add(new Span(getTranslation("case.due", task.dueAt() == null ? "—" : CaseView.format(task.dueAt()))));
            legalBasis.of(task.processKey(), task.stepKey(), getLocale())
                    .ifPresent(basis -> row.add(new Span(getTranslation("case.basis", basis))));
            boolean heldByColleague = task.assignee() != null && !task.assignee().equals(CurrentUsers.actor());
            if (heldByColleague) {
                Span held = new Span(getTranslation("case.heldBy", task.assignee()));
                held.addClassName("case-held-by");
                row.add(held);
            } else if (!readOnly) {
                Button handle = new Button(getTranslation("tasks.action.handle"), e -> new FormDialog(cases.formOf(task),
                        task.caseId(), task.caseData(), data -> cases.complete(task.id(), CurrentUsers.actor(), data),
                        reload).open());
                handle.setId("case-handle-" + task.stepKey());
                handle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                row.add(handle);
            }
            if (task.delegated()) {
                row.add(new Span(getTranslation("case.delegatedBy", task.owner())));
            }
            if (!readOnly && operates) {
                boolean holder = CurrentUsers.actor().equals(task.assignee()) && !task.delegated();
                if (holder || operations.operatesAnyTask()) {
                    row.add(TaskOperationsMenu.of(task, reload, operations, names, "case-ops-" + task.stepKey()));
                }
                if (withdrawable) {
                    row.add(withdraw(task, reload));
                    withdrawable = false;
                }
            }
            add(row);
            for (WorkTask cosign : operations.cosignersOf(task.id())) {
                Span waiting = new Span(getTranslation("case.cosignPending", cosign.assignee()));
                waiting.addClassName("case-cosign-pending");
                add(waiting);
            }
        }
    }

    private Button withdraw(WorkTask task, Runnable reload) {
        Button withdraw = new Button(getTranslation("taskop.withdraw.action"),
                e -> new TaskOperationDialog(TaskOperationDialog.Kind.WITHDRAW, task, operations, names,
                        reload).open());
        withdraw.setId("case-withdraw-" + task.stepKey());
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return withdraw;
    }
}
