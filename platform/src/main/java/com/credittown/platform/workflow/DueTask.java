package com.credittown.platform.workflow;

import java.time.Instant;
import java.util.List;

/** An open task with a due date, and who should hear about it: its assignee and its candidate groups. */
public record DueTask(String id, String name, String caseId, Instant dueAt, String assignee,
                      List<String> candidateGroups) {

    public DueTask {
        candidateGroups = List.copyOf(candidateGroups);
    }
}
