package com.credittown.platform.notification;

import java.time.Instant;

/** One notification as the API shows it. */
record NotificationView(long id, NotificationKind kind, String recipient, String taskId, String caseId,
                        String title, Instant dueAt, Instant createdAt, Instant readAt, Instant emailSentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getRecipient(), n.getTaskId(), n.getCaseId(),
                n.getTitle(), n.getDueAt(), n.getCreatedAt(), n.getReadAt(), n.getEmailSentAt());
    }
}
