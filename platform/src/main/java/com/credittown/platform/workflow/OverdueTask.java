package com.credittown.platform.workflow;

import java.time.Instant;

/**
 * An open user task whose due date has passed: what the city dashboard's heat map counts.
 *
 * @param tenant     the tenant the task belongs to
 * @param caseId     the process instance it belongs to
 * @param processKey the process definition key, e.g. {@code credit-repair}
 * @param stepKey    the task definition key (the BPMN user task), e.g. {@code accept}
 * @param stepName   the user task's name, e.g. 一口受理
 */
public record OverdueTask(String tenant, String id, String caseId, String processKey, String stepKey, String stepName,
                          Instant dueAt) {
}
