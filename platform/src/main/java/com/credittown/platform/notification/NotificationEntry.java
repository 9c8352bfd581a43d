package com.credittown.platform.notification;

import java.time.Instant;

/**
 * One notification as its reader sees it (the bell's list).
 *
 * @param tenant the tenant whose task it is about (the city office reads those of every tenant)
 * @param taskId the task (or, for a key-task reminder, {@code key-task:<id>}) it is about
 * @param caseId the case it is about, if any
 * @param readAt null while unread
 */
public record NotificationEntry(long id, String tenant, NotificationKind kind, String taskId, String caseId,
                                String title, Instant dueAt, Instant createdAt, Instant readAt) {

    static NotificationEntry of(Notification n) {
        return new NotificationEntry(n.getId(), n.getTenantId(), n.getKind(), n.getTaskId(), n.getCaseId(),
                n.getTitle(), n.getDueAt(), n.getCreatedAt(), n.getReadAt());
    }

    public boolean unread() {
        return readAt == null;
    }

    /** Whether it reminds of a key task of the city office (重点任务) rather than a case's task. */
    public boolean aboutKeyTask() {
        return taskId != null && taskId.startsWith("key-task:");
    }
}
