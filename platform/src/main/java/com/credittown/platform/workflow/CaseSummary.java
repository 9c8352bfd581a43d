package com.credittown.platform.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A case (process instance) of the current tenant with the history of its steps. */
public record CaseSummary(
        String id,
        String processKey,
        int processVersion,
        String businessKey,
        Instant startedAt,
        Instant endedAt,
        Map<String, Object> data,
        List<CaseStep> steps,
        List<Decision> decisions) {

    public boolean open() {
        return endedAt == null;
    }

    /**
     * What a person decided: the step, who, when, with which form data, against which deadline.
     *
     * @param onTime null when the step had no deadline
     */
    public record Decision(String stepKey, String stepName, String actor, Instant at, Instant dueAt, Boolean onTime,
                           Map<String, Object> data) {
    }

    /** One step a case went through (a user task or an automatic step). */
    public record CaseStep(String stepKey, String name, String type, String assignee, Instant startedAt,
                           Instant endedAt, Instant dueAt) {
    }
}
