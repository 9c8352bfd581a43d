package com.credittown.platform.notification;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.workflow.OncePerTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the tenant's notifications. Writing is idempotent: a task gets one notification per kind
 * and recipient, however often the engine or the deadline job reports it.
 */
@Service
@Allowed(Permission.NOTIFICATIONS)
public class NotificationService {

    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MailSettings mail;

    NotificationService(Notifications notifications, ApplicationEventPublisher events, Clock clock,
                        NotificationSettings settings) {
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.mail = settings.mail();
    }

    /** What a notification is about. */
    public record About(String taskId, String caseId, String title, Instant dueAt) {
    }

    /**
     * Notifies the assignee (a user) and each candidate group of a task, once per kind. Returns how many
     * notifications were new. Joins the caller's transaction (the engine's, for the task listener).
     */
    @Transactional
    public int notify(NotificationKind kind, About about, String assignee, Collection<String> candidateGroups) {
        return notify(kind, about, assignee, candidateGroups, false);
    }

    /**
     * As {@link #notify(NotificationKind, About, String, Collection)} for a task the engine has just created in the
     * caller's transaction: no other transaction can have notified anyone about it yet, so only what this transaction
     * wrote is checked (in memory), not the database (one query per recipient saved on every new task).
     */
    @Transactional
    public int notifyNewTask(NotificationKind kind, About about, String assignee, Collection<String> candidateGroups) {
        return notify(kind, about, assignee, candidateGroups, true);
    }

    /** The recipient that stands for the accounts of a credit subject (the merchants linked to it) in the tenant. */
    public static String subjectRecipient(String subjectCode) {
        return "subject:" + subjectCode;
    }

    /**
     * Notifies the credit subject a task is about (each merchant account linked to it sees it; read for all once one
     * reads it), once per task and kind: e.g. an order to rectify (责令限期整改) served on the subject.
     */
    @Transactional
    public int notifySubject(NotificationKind kind, About about, String subjectCode) {
        if (subjectCode == null || subjectCode.isBlank()) {
            return 0;
        }
        return notify(kind, about, null, List.of(subjectRecipient(subjectCode.strip())), false);
    }

    private int notify(NotificationKind kind, About about, String assignee, Collection<String> candidateGroups,
                       boolean newTask) {
        TenantContext.require();
        int written = 0;
        if (assignee != null && !assignee.isBlank()) {
            written += write(kind, about, assignee, false, newTask);
        }
        for (String group : new LinkedHashSet<>(candidateGroups)) {
            written += write(kind, about, group, true, newTask);
        }
        return written;
    }

    private int write(NotificationKind kind, About about, String recipient, boolean group, boolean newTask) {
        // what this transaction already wrote is known in memory; a task created in it has nothing else yet
        if (!OncePerTransaction.first(this, about.taskId() + '\u0000' + kind + '\u0000' + recipient)
                || !newTask && notifications.existsByTaskIdAndKindAndRecipient(about.taskId(), kind, recipient)) {
            return 0;
        }
        Notification saved = notifications.save(new Notification(recipient, group, kind, about.taskId(),
                about.caseId(), about.title(), about.dueAt(), clock.instant(), mail.sendLease()));
        if (!group) {
            events.publishEvent(new NotificationCreated(TenantContext.require(), saved.getId()));
        }
        return 1;
    }

    /** The notifications addressed to the user or to one of their candidate groups, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> of(CurrentUser user) {
        return notifications.findTop200ByRecipientInOrderByCreatedAtDescIdDesc(recipients(user));
    }

    /** How many of the user's notifications (as {@link #of}) are unread: the bell's figure, over the API. */
    @Transactional(readOnly = true)
    public long unread(CurrentUser user) {
        return notifications.countByRecipientInAndReadAtIsNull(recipients(user));
    }

    /**
     * Marks one of the user's notifications read. A group's notification is read for the whole group (it is
     * one row); someone else's, or another tenant's, is "not found".
     */
    @Transactional
    public Notification markRead(CurrentUser user, long id) {
        Notification notification = notifications.findByIdAndRecipientIn(id, recipients(user))
                .orElseThrow(() -> new NotFoundException("Notification not found",
                        "No notification " + id + " exists for you in this tenant."));
        notification.markRead(clock.instant());
        return notification;
    }

    @Transactional(readOnly = true)
    public List<Notification> ofCase(String caseId) {
        return notifications.findByCaseIdOrderByIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    Optional<Notification> find(long id) {
        return notifications.findById(id);
    }

    /** The e-mails due for an attempt, the longest-waiting first, at most {@code batch}. */
    @Transactional(readOnly = true)
    List<Long> mailDue(int batch) {
        return notifications.findByEmailStateAndEmailNextAttemptAtLessThanEqualOrderByEmailNextAttemptAtAscIdAsc(
                MailState.PENDING, clock.instant(), Limit.of(batch)).stream().map(Notification::getId).toList();
    }

    /** Takes the next attempt at the e-mail (row lock: one sender at a time, across nodes); empty if not ours. */
    @Transactional
    Optional<Notification> claimEmail(long id) {
        return notifications.findLockedById(id).filter(n -> n.claimEmail(clock.instant(), mail.sendLease()));
    }

    @Transactional
    void emailSent(long id) {
        notifications.findById(id).ifPresent(n -> n.emailSent(clock.instant()));
    }

    @Transactional
    void noEmailAddress(long id) {
        notifications.findById(id).ifPresent(Notification::noEmailAddress);
    }

    /** A failed attempt: retried after an exponential pause (first retry delay, doubled), or dead after the last. */
    @Transactional
    void emailFailed(long id, String error) {
        notifications.findById(id).ifPresent(n -> n.emailFailed(clock.instant(), error, mail.maxAttempts(),
                mail.retryDelayAfter(n.getEmailAttempts())));
    }

    /** Whom a user reads notifications as: their user name and each of their candidate groups. */
    static Set<String> recipients(CurrentUser user) {
        List<String> all = new ArrayList<>();
        all.add(user.username());
        all.addAll(user.candidateGroups());
        user.subjectCode().ifPresent(code -> all.add(subjectRecipient(code)));
        return new LinkedHashSet<>(all);
    }
}
