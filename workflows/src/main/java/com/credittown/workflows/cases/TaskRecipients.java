package com.credittown.workflows.cases;

import com.credittown.platform.identity.TenantMember;
import com.credittown.platform.identity.TenantMembers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.TaskMoves;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.template.TemplateLibrary;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who a task may be handed to (转办, 委派, 加签) or copied to (抄送): users of the same tenant only. */
@Component
class TaskRecipients {

    private final TenantMembers members;
    private final TaskMoves moves;
    private final TemplateLibrary templates;

    TaskRecipients(TenantMembers members, TaskMoves moves, TemplateLibrary templates) {
        this.members = members;
        this.moves = moves;
        this.templates = templates;
    }

    /**
     * A user the task may be handed to: a member of the tenant (else "not found", like a name nobody has), not the
     * current holder, and, on a locked step, one of the step's candidate groups (the body the law names does it).
     */
    String handOver(WorkTask task, String target, String actor, String field) {
        String user = member(target, field);
        if (user.equals(task.assignee()) || (task.assignee() == null && user.equals(actor))) {
            throw OperationInput.refusal(field, "same-user", user + " already holds the task");
        }
        String basis = templates.lockedSteps(task.processKey()).get(task.stepKey());
        if (basis != null) {
            List<String> groups = moves.candidateGroups(task.id());
            List<String> theirs = members.find(TenantContext.require().code(), user).orElseThrow()
                    .candidateGroups();
            if (!groups.isEmpty() && theirs.stream().noneMatch(groups::contains)) {
                throw OperationInput.refusal(field, "outside-step-group", task.name() + " is a locked step done by "
                        + groups + "; " + user + " is not one of them (" + basis + ")");
            }
        }
        return user;
    }

    /** The user of the current tenant with that name, else "not found". */
    String member(String username, String field) {
        String tenant = TenantContext.require().code();
        return members.find(tenant, username).map(TenantMember::username)
                .orElseThrow(() -> new NotFoundException("User not found",
                        "No user '" + username + "' exists in this tenant (" + field + ")."));
    }
}
