package com.credittown.platform.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * An open task of the current tenant, as the inbox shows it.
 *
 * @param caseId      the process instance it belongs to
 * @param processKey  the process definition key, e.g. {@code credit-commitment}
 * @param stepKey     the task definition key (the BPMN step)
 * @param formKey     the form to show and validate, e.g. {@code commitment-verify}
 * @param caseData    the case's variables at the time of the query
 * @param owner       who delegated the task (委派) and gets it back when the delegate is done; null if not delegated
 * @param delegated   whether the task is with a delegate now
 * @param parentId    for a co-signer's task (加签): the task it was added to; else null
 */
public record WorkTask(
        String id,
        String name,
        String caseId,
        String processKey,
        String stepKey,
        String formKey,
        Instant createdAt,
        Instant dueAt,
        String assignee,
        Map<String, Object> caseData,
        String owner,
        boolean delegated,
        String parentId) {

    /** A co-signer's task (加签) rather than a step of the process. */
    public boolean isCosign() {
        return parentId != null;
    }
}
