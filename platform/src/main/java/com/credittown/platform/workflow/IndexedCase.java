package com.credittown.platform.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case (process instance) as the search index keeps it: its tenant, what it is about and where it stands, with every
 * open task (not only those the caller may work).
 *
 * @param data the case's variables (a case about a subject carries {@code subjectCode} and {@code subjectName})
 */
public record IndexedCase(String tenant, String id, String processKey, String processName, String businessKey, Instant startedAt,
                          Instant endedAt, Map<String, Object> data, List<OpenTask> openTasks) {

    public IndexedCase {
        data = data == null ? Map.of() : data;
        openTasks = List.copyOf(openTasks);
    }

    /** An open task of the case: its name, who works it, and its deadline (null if none). */
    public record OpenTask(String id, String name, String assignee, List<String> candidateGroups, Instant dueAt) {

        public OpenTask {
            candidateGroups = List.copyOf(candidateGroups);
        }
    }
}
