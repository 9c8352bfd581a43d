package com.credittown.workflows.keytask;

/** Copies assigned by then, and how they stood: {@code notStarted + inProgress + done + overdue == assigned}. */
public record KeyTaskCounts(long assigned, long notStarted, long inProgress, long done, long overdue) {

    public static final KeyTaskCounts NONE = new KeyTaskCounts(0, 0, 0, 0, 0);
}
