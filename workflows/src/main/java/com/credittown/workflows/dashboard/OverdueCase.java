package com.credittown.workflows.dashboard;

import java.time.Instant;

/** A case with an overdue open task, as the city office drills into it from the heat map. */
public record OverdueCase(String tenant, String caseId, String taskId, String processKey, String stepKey,
                          String stepName, Instant dueAt, int daysOverdue) {
}
