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
import java.time.Duration;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "email_state", nullable = false, length = 12)
    private MailState emailState;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_next_attempt_at")
    private Instant emailNextAttemptAt;

    @Column(name = "email_last_error", length = 500)
    private String emailLastError;

    protected Notification() {
    }

    Notification(String recipient, boolean groupRecipient, NotificationKind kind, String taskId, String caseId,
                 String title, Instant dueAt, Instant createdAt, Duration sendLease) {
        this.recipient = recipient;
        this.groupRecipient = groupRecipient;
        this.kind = kind;
        this.taskId = taskId;
        this.caseId = caseId;
        this.title = title == null || title.isBlank() ? "待办任务" : truncate(title, 300);
        this.dueAt = dueAt;
        this.createdAt = createdAt;
        this.emailState = groupRecipient ? MailState.NOT_MAILED : MailState.PENDING;
        // the sender after commit has this long before the retry job (on any node) may take the e-mail over
        this.emailNextAttemptAt = createdAt.plus(sendLease);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /**
     * Takes the next attempt at the e-mail, for {@code lease} (no other sender takes it meanwhile). The first
     * attempt may be taken at once (the sender after commit); later ones only when due.
     */
    boolean claimEmail(Instant now, Duration lease) {
        if (emailState != MailState.PENDING || emailAttempts > 0 && emailNextAttemptAt.isAfter(now)) {
            return false;
        }
        emailAttempts++;
        emailNextAttemptAt = now.plus(lease);
        return true;
    }

    void emailSent(Instant at) {
        emailState = MailState.SENT;
        emailSentAt = at;
        emailNextAttemptAt = null;
    }

    void noEmailAddress() {
        emailState = MailState.NO_ADDRESS;
        emailNextAttemptAt = null;
    }

    /** Records a failed attempt: tried again after {@code retryAfter}, or dead after the last allowed attempt. */
    void emailFailed(Instant now, String error, int maxAttempts, Duration retryAfter) {
        emailLastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (emailAttempts >= maxAttempts) {
            emailState = MailState.DEAD;
            emailNextAttemptAt = null;
        } else {
            emailNextAttemptAt = now.plus(retryAfter);
        }
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

    public MailState getEmailState() {
        return emailState;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }

    public String getEmailLastError() {
        return emailLastError;
    }
}
