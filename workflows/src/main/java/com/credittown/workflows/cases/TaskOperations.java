package com.credittown.workflows.cases;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.TaskMoves;
import com.credittown.platform.workflow.TenantTasks;
import com.credittown.platform.workflow.WorkTask;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task operations as officers know them from government BPM systems (docs/task-operations.md): transfer (转办),
 * delegate (委派), return to an earlier step (退回), copy (抄送), withdraw (撤回) and add a co-signer (加签). Each is
 * done by the task's holder or the tenant's administrator, hands work only to users of the same tenant, is written to
 * the audit trail of the case, and keeps what the law locks: no operation skips a locked step, and none undoes a
 * locked step that has taken effect (a recorded decision such as the acceptance of a repair application).
 */
@Service
@Allowed(Permission.TASK_OPERATE)
public class TaskOperations {

    private final TenantTasks tasks;
    private final TaskMoves moves;
    private final ReturnTargets returnTargets;
    private final TaskRecipients recipients;
    private final TaskCopies copies;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    TaskOperations(TenantTasks tasks, TaskMoves moves, ReturnTargets returnTargets, TaskRecipients recipients,
                   TaskCopies copies, NotificationService notifications, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.moves = moves;
        this.returnTargets = returnTargets;
        this.recipients = recipients;
        this.copies = copies;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** An earlier step a task may be returned to, or why it may not. */
    public record ReturnTarget(String stepKey, String name, String assignee, String refusal) {

        @com.fasterxml.jackson.annotation.JsonProperty("allowed")
        public boolean allowed() {
            return refusal == null;
        }
    }

    /** 转办: the task changes holder; the new holder completes it. */
    @Transactional
    public void transfer(String taskId, String actor, String target, String reason) {
        WorkTask task = operable(taskId, actor);
        String cleanReason = OperationInput.reason(reason, false);
        String to = recipients.handOver(task, target, actor, "target");
        moves.transfer(task.id(), actor, to);
        record(actor, "TASK_TRANSFERRED", task, (task.assignee() == null ? "-" : task.assignee()) + " → " + to,
                cleanReason);
    }

    /** 委派: the task goes to a delegate and comes back to the holder when the delegate is done. */
    @Transactional
    public void delegate(String taskId, String actor, String target, String reason) {
        WorkTask task = operable(taskId, actor);
        String cleanReason = OperationInput.reason(reason, false);
        String to = recipients.handOver(task, target, actor, "target");
        moves.delegate(task.id(), actor, to);
        record(actor, "TASK_DELEGATED", task, (task.assignee() == null ? actor : task.assignee()) + " → " + to,
                cleanReason);
    }

    /** 加签: co-signers who must each sign before the task can be completed. */
    @Transactional
    public List<String> addCosigners(String taskId, String actor, List<String> cosigners, String reason) {
        WorkTask task = operable(taskId, actor);
        String cleanReason = OperationInput.reason(reason, false);
        List<String> users = OperationInput.recipients(cosigners, "cosigners");
        List<String> checked = new ArrayList<>();
        for (String user : users) {
            checked.add(recipients.handOver(task, user, actor, "cosigners"));
        }
        List<String> added = new ArrayList<>();
        for (String user : checked) {
            added.add(moves.addCosigner(task.id(), actor, user, "加签：" + task.name()));
        }
        record(actor, "TASK_COSIGNERS_ADDED", task, String.join(", ", checked), cleanReason);
        return added;
    }

    /** 抄送: the task is sent for information to users of the tenant, who find it under "copied to me". */
    @Transactional
    public void copy(String taskId, String actor, List<String> named, String note) {
        WorkTask task = operable(taskId, actor);
        String cleanNote = OperationInput.reason(note, false);
        List<String> users = new ArrayList<>();
        for (String user : OperationInput.recipients(named, "recipients")) {
            users.add(recipients.member(user, "recipients"));
        }
        for (String user : users) {
            copies.save(new TaskCopy(task.caseId(), task.id(), task.processKey(), task.stepKey(), task.name(), actor,
                    user, cleanNote, clock.instant()));
            notifications.notify(NotificationKind.COPIED,
                    new NotificationService.About(task.id(), task.caseId(), "抄送：" + task.name(), task.dueAt()),
                    user, List.of());
        }
        record(actor, "TASK_COPIED", task, String.join(", ", users), cleanNote);
    }

    /** The earlier user steps of the task's case, each allowed or refused with the reason. */
    @Allowed(Permission.CASE_WORK)
    @Transactional(readOnly = true)
    public List<ReturnTarget> returnTargets(String taskId) {
        WorkTask task = tasks.task(taskId).orElseThrow(() -> TenantTasks.taskNotFound(taskId));
        return returnTargets.of(task);
    }

    /** 退回: the case goes back to an earlier user step of the same case, to whoever completed it last. */
    @Transactional
    public void returnTo(String taskId, String actor, String stepKey, String reason) {
        WorkTask task = operable(taskId, actor);
        String cleanReason = OperationInput.reason(reason, true);
        ReturnTarget target = returnTargets.of(task).stream().filter(t -> t.stepKey().equals(stepKey)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("stepKey", "not-earlier-step",
                        "'" + stepKey + "' is not a step this case has completed before the current one; a task is"
                                + " returned only to an earlier step, never forward"))));
        if (!target.allowed()) {
            throw OperationInput.refusal("stepKey", "locked-step", target.refusal());
        }
        moves.moveBack(task.caseId(), stepKey, actor, target.assignee(), "returned");
        record(actor, "TASK_RETURNED", task, task.name() + " → " + target.name()
                + (target.assignee() == null ? "" : " (" + target.assignee() + ")"), cleanReason);
    }

    /**
     * 撤回: whoever completed the case's last user step takes it back while the next step has not acted (no one has
     * completed, delegated or co-signed it) and no locked step has taken effect since.
     *
     * @param taskId an open task of the next step
     */
    @Transactional
    public void withdraw(String taskId, String actor, String reason) {
        String cleanReason = OperationInput.reason(reason, false);
        WorkTask task = moves.anyTask(taskId).filter(t -> !t.isCosign())
                .orElseThrow(() -> TenantTasks.taskNotFound(taskId));
        List<TaskMoves.CompletedStep> done = moves.completedSteps(task.caseId());
        TaskMoves.CompletedStep last = done.isEmpty() ? null : done.get(done.size() - 1);
        boolean mine = last != null && actor.equals(last.assignee());
        if (!mine && !isAdministrator()) {
            if (tasks.task(taskId).isEmpty()) {
                throw TenantTasks.taskNotFound(taskId);
            }
            throw new ForbiddenException("Not yours to withdraw", last == null
                    ? "No step of this case has been completed yet; there is nothing to withdraw."
                    : "Only " + last.assignee() + ", who completed " + last.name()
                            + ", or the tenant's administrator may withdraw it.");
        }
        if (last == null) {
            throw OperationInput.refusal("task", "nothing-to-withdraw",
                    "No step of this case has been completed yet.");
        }
        List<WorkTask> open = moves.openStepsOf(task.caseId());
        for (WorkTask next : open) {
            if (next.createdAt().isBefore(last.completedAt())) {
                throw OperationInput.refusal("task", "still-running", next.name() + " was open before "
                        + last.name() + " was completed; only the step that came next can be withdrawn");
            }
            if (next.delegated() || !moves.cosignersOf(next.id()).isEmpty()) {
                throw OperationInput.refusal("task", "next-step-acted", next.name() + " has already been acted on"
                        + (next.delegated() ? " (delegated)" : " (co-signers added)"));
            }
        }
        returnTargets.lockedSince(task.processKey(), task.caseId(), last).ifPresent(locked -> {
            throw OperationInput.refusal("task", "locked-step", locked);
        });
        moves.moveBack(task.caseId(), last.stepKey(), actor, last.assignee(), "withdrawn");
        record(actor, "TASK_WITHDRAWN", task, task.name() + " → " + last.name() + " (" + last.assignee() + ")",
                cleanReason);
    }

    /** Whether the actor completed the case's last user step, so that the page offers to withdraw it (撤回). */
    @Allowed(Permission.CASE_WORK)
    @Transactional(readOnly = true)
    public boolean completedLastStep(String caseId, String actor) {
        List<TaskMoves.CompletedStep> done = moves.completedSteps(caseId);
        return !done.isEmpty() && actor.equals(done.get(done.size() - 1).assignee());
    }

    /** Whether the caller may operate on any task of the tenant (the tenant's administrator). */
    public boolean operatesAnyTask() {
        return isAdministrator();
    }

    /** The tasks copied to the caller (抄送我的), newest first, at most 200. */
    // the officers' "copied to me" list: copies go to tenant staff, never to a merchant
    @Allowed(Permission.CASE_WORK)
    @Transactional(readOnly = true)
    public List<TaskCopy> copiedToMe(String actor) {
        return copies.findTop200ByRecipientOrderByCopiedAtDescIdDesc(actor);
    }

    /** The open co-signers' tasks of a task (加签). */
    @Allowed(Permission.CASE_WORK)
    @Transactional(readOnly = true)
    public List<WorkTask> cosignersOf(String taskId) {
        WorkTask task = tasks.task(taskId).orElseThrow(() -> TenantTasks.taskNotFound(taskId));
        return moves.cosignersOf(task.id());
    }

    /** The task, if the actor holds it or is the tenant's administrator; a co-signer's or delegated task is refused. */
    private WorkTask operable(String taskId, String actor) {
        WorkTask task = moves.anyTask(taskId).orElseThrow(() -> TenantTasks.taskNotFound(taskId));
        boolean holder = actor.equals(task.assignee());
        if (!holder && !isAdministrator()) {
            if (tasks.task(taskId).isEmpty()) {
                throw TenantTasks.taskNotFound(taskId);
            }
            throw new ForbiddenException("Not your task", task.assignee() == null
                    ? "Claim the task first: only its holder or the tenant's administrator may hand it on."
                    : "The task is held by " + task.assignee() + "; only they or the tenant's administrator may"
                            + " hand it on.");
        }
        if (task.isCosign()) {
            throw new ConflictException("A co-signer's task is signed by its co-signer; it is not handed on");
        }
        if (task.delegated()) {
            throw new ConflictException("The task is with a delegate of " + task.owner()
                    + "; it comes back to them when the delegate is done");
        }
        return task;
    }

    private void record(String actor, String action, WorkTask task, String what, String reason) {
        audit.record(actor, action, "case", task.caseId(), task.name() + " [" + task.id() + "]: " + what
                + (reason == null || reason.isBlank() ? "" : "; 理由: " + reason.strip()));
    }

    private static boolean isAdministrator() {
        return CurrentUsers.current().map(user -> user.has(Roles.ADMINISTRATOR)).orElse(false);
    }
}
