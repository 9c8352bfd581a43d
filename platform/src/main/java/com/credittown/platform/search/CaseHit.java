package com.credittown.platform.search;

import java.util.List;

/**
 * A case found by search, linking to its case page ({@code tenants/{t}/cases/{processInstanceId}}).
 *
 * @param state        {@code RUNNING} or {@code ENDED}
 * @param openTasks    its open tasks with who works them and their deadlines
 * @param nearestDueAt the earliest deadline of its open tasks (null if none)
 * @param overdue      whether that deadline has passed, as of the search
 */
public record CaseHit(String tenant, String id, String processKey, String processName, String businessKey,
                      String subjectName, String subjectCode, String state, List<CaseDocument.Task> openTasks,
                      String nearestDueAt, boolean overdue, String startedAt, String endedAt, String link)
        implements SearchHit {
}
