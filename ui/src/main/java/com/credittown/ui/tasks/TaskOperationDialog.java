package com.credittown.ui.tasks;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.cases.TaskOperations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One task operation (docs/task-operations.md) as a dialog: whom to hand the task to (转办, 委派), whom to copy or add
 * as co-signers (抄送, 加签, several users separated by commas), which earlier step to return to (退回, each refused
 * step shown with its reason), or just the reason (撤回). The service decides; its refusal is shown on the field
 * concerned or as a message, and nothing is changed.
 */
public class TaskOperationDialog extends Dialog {

    /** The operations, as the page names them. */
    public enum Kind {
        TRANSFER, DELEGATE, RETURN, COPY, WITHDRAW, COSIGN;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final TextField users = new TextField();
    private final Select<TaskOperations.ReturnTarget> step = new Select<>();
    private final TextArea reason = new TextArea();

    public TaskOperationDialog(Kind kind, WorkTask task, TaskOperations operations, DisplayNames names,
                               Runnable afterDone) {
        setId("task-op-dialog");
        setHeaderTitle(getTranslation("taskop." + kind.id() + ".title", names.step(task)));
        FormLayout layout = new FormLayout();
        users.setId("task-op-users");
        users.setLabel(getTranslation(kind == Kind.COPY || kind == Kind.COSIGN ? "taskop.users" : "taskop.user"));
        users.setHelperText(getTranslation(kind == Kind.COPY || kind == Kind.COSIGN ? "taskop.usersHint"
                : "taskop.userHint"));
        users.setMaxLength(2000);
        step.setId("task-op-step");
        step.setLabel(getTranslation("taskop.step"));
        step.setItemLabelGenerator(target -> names.step(task.processKey(), target.stepKey(), target.name())
                + (target.assignee() == null ? "" : "（" + target.assignee() + "）")
                + (target.allowed() ? "" : " — " + getTranslation("taskop.step.refused")));
        step.setItemEnabledProvider(TaskOperations.ReturnTarget::allowed);
        reason.setId("task-op-reason");
        reason.setLabel(getTranslation(kind == Kind.COPY ? "taskop.note" : "taskop.reason"));
        reason.setMaxLength(500);
        reason.setRequired(kind == Kind.RETURN);
        switch (kind) {
            case TRANSFER, DELEGATE, COPY, COSIGN -> layout.add(users);
            case RETURN -> {
                List<TaskOperations.ReturnTarget> targets = operations.returnTargets(task.id());
                step.setItems(targets);
                targets.stream().filter(TaskOperations.ReturnTarget::allowed).reduce((a, b) -> b)
                        .ifPresent(step::setValue);
                targets.stream().filter(t -> !t.allowed()).findFirst()
                        .ifPresent(refused -> step.setHelperText(refused.refusal()));
                layout.add(step);
            }
            case WITHDRAW -> {
            }
        }
        layout.add(reason);
        add(layout);
        Button ok = new Button(getTranslation("taskop." + kind.id() + ".ok"), e -> submit(kind, task, operations,
                afterDone));
        ok.setId("task-op-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("taskop.cancel"), e -> close());
        getFooter().add(cancel, ok);
    }

    private void submit(Kind kind, WorkTask task, TaskOperations operations, Runnable afterDone) {
        String actor = CurrentUsers.actor();
        List<String> named = Arrays.stream(users.getValue().split("[,，;；\\s]+")).filter(u -> !u.isBlank()).toList();
        users.setInvalid(false);
        step.setInvalid(false);
        reason.setInvalid(false);
        try {
            switch (kind) {
                case TRANSFER -> operations.transfer(task.id(), actor, users.getValue().strip(), reason.getValue());
                case DELEGATE -> operations.delegate(task.id(), actor, users.getValue().strip(), reason.getValue());
                case COPY -> operations.copy(task.id(), actor, named, reason.getValue());
                case COSIGN -> operations.addCosigners(task.id(), actor, named, reason.getValue());
                case RETURN -> operations.returnTo(task.id(), actor,
                        step.getValue() == null ? "" : step.getValue().stepKey(), reason.getValue());
                case WITHDRAW -> operations.withdraw(task.id(), actor, reason.getValue());
            }
        } catch (InvalidInputException invalid) {
            for (FieldProblem problem : invalid.errors()) {
                String message = getTranslation("taskop.error." + problem.code(), problem.message());
                switch (problem.field()) {
                    case "target", "recipients", "cosigners" -> invalid(users, message);
                    case "stepKey" -> {
                        step.setErrorMessage(message);
                        step.setInvalid(true);
                    }
                    case "reason" -> {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    }
                    default -> show(message);
                }
            }
            return;
        } catch (NotFoundException unknown) {
            if ("User not found".equals(unknown.title())) {
                invalid(users, getTranslation("taskop.error.unknownUser"));
            } else {
                show(getTranslation("inbox.gone"));
                close();
            }
            return;
        }
        Notification.show(getTranslation("taskop." + kind.id() + ".done"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        afterDone.run();
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void show(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
