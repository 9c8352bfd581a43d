package com.credittown.platform.search;

import java.util.List;

/**
 * A case (process instance) in the index {@code <prefix>-cases}: what it is about, its state and its open tasks with
 * their deadlines. {@code overdue} is as of indexing; hits compute it again from {@code nearestDueAt} at search time.
 * Times are ISO-8601 strings.
 *
 * @param state {@code RUNNING} or {@code ENDED}
 */
public record CaseDocument(String tenant, String id, String processKey, String processName, String businessKey,
                           String subjectName, String subjectCode, String state, List<Task> openTasks,
                           String nearestDueAt, Boolean overdue, String startedAt, String endedAt,
                           String updatedAt) {

    /** An open task: its name, assignee (null while unclaimed), candidate groups and due date (null if none). */
    public record Task(String name, String assignee, List<String> candidateGroups, String dueAt) {
    }
}
