package com.credittown.platform.notification;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notice about one of the tenant's tasks, addressed to a user name or to a candidate group
 * ({@code officer}, {@code department:tax}). One per task, kind and recipient.
 */
@Entity
@Table(name = "notification")
public class Notification extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, updatable = false, length = 120)
    private String recipient;

    @Column(name = "group_recipient", nullable = false, updatable = false)
    private boolean groupRecipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "task_id", nullable = false, updatable = false, length = 64)
    private String taskId;

    @Column(name = "case_id", updatable = false, length = 64)
    private String caseId;

    @Column(name = "title", nullable = false, updatable = false, length = 300)
    private String title;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "email_sent_at")
    private Instant emailSentAt;

    protected Notification() {
    }

    Notification(String recipient, boolean groupRecipient, NotificationKind kind, String taskId, String caseId,
                 String title, Instant dueAt, Instant createdAt) {
        this.recipient = recipient;
        this.groupRecipient = groupRecipient;
        this.kind = kind;
        this.taskId = taskId;
        this.caseId = caseId;
        this.title = title == null || title.isBlank() ? "待办任务" : truncate(title, 300);
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void markEmailSent(Instant at) {
        emailSentAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isGroupRecipient() {
        return groupRecipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getEmailSentAt() {
        return emailSentAt;
    }
}
