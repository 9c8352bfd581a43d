package com.credittown.platform.notification;

import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a named user's notification by e-mail (SMTP, {@code spring.mail.*}) after the transaction that wrote
 * it has committed, and records when it went out. A failure (no server, refused address) is logged and left
 * for the deadline job to retry: it never breaks the task that caused it. Groups get no e-mail.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.CITY_ZONE);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailAddresses addresses;
    private final NotificationService notifications;
    private final NotificationSettings settings;
    private final TransactionTemplate separately;
    private final TenantJobs jobs;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, MailAddresses addresses,
                       NotificationService notifications, NotificationSettings settings,
                       PlatformTransactionManager transactions, TenantJobs jobs) {
        this.jobs = jobs;
        this.sender = sender;
        this.addresses = addresses;
        this.notifications = notifications;
        this.settings = settings;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationCreated created) {
        if (settings.mail().enabled()) {
            jobs.runFor(created.tenant(), () -> send(created.notificationId()));
        }
    }

    /** Retries the current tenant's unsent e-mails; returns how many went out. */
    int retryUnsent() {
        if (!settings.mail().enabled()) {
            return 0;
        }
        int sent = 0;
        for (Long id : separately.execute(status -> notifications.unsentToUsers())) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(long id) {
        try {
            Notification notification = separately.execute(status -> notifications.find(id).orElse(null));
            if (notification == null || notification.getEmailSentAt() != null || notification.isGroupRecipient()) {
                return false;
            }
            Optional<String> address = addresses.of(notification.getRecipient());
            JavaMailSender mail = sender.getIfAvailable();
            if (address.isEmpty() || mail == null) {
                return false;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.mail().from());
            message.setTo(address.get());
            message.setSubject(subject(notification));
            message.setText(body(notification));
            mail.send(message);
            separately.executeWithoutResult(status -> notifications.markEmailSent(id));
            return true;
        } catch (RuntimeException e) {
            log.warn("E-mail of notification {} not sent (the deadline job retries): {}", id, e.toString());
            return false;
        }
    }

    static String subject(Notification n) {
        return switch (n.getKind()) {
            case TASK_ASSIGNED -> "【信用镇街】新待办任务：" + n.getTitle();
            case DEADLINE_NEAR -> "【信用镇街】待办任务即将到期：" + n.getTitle();
            case DEADLINE_PASSED -> "【信用镇街】待办任务已逾期：" + n.getTitle();
            case COPIED -> "【信用镇街】抄送：" + n.getTitle();
            case KEY_TASK_REMINDER -> "【信用镇街】重点任务即将到期：" + n.getTitle();
        };
    }

    static String body(Notification n) {
        String lead = switch (n.getKind()) {
            case TASK_ASSIGNED -> "您有一项新的待办任务，请及时办理。";
            case DEADLINE_NEAR -> "您的待办任务即将到期，请在办理期限前完成。";
            case DEADLINE_PASSED -> "您的待办任务已超过办理期限，请尽快办理。";
            case COPIED -> "一件案件已办理到抄送给您的环节，仅供知悉，无需办理。";
            case KEY_TASK_REMINDER -> "市信用办交办的重点任务已到提醒日，请在期限前完成并更新工作台账。";
        };
        StringBuilder text = new StringBuilder(lead).append("\n\n任务：").append(n.getTitle());
        if (n.getCaseId() != null) {
            text.append("\n案件编号：").append(n.getCaseId());
        }
        Instant due = n.getDueAt();
        if (due != null) {
            text.append("\n办理期限：").append(DUE.format(due)).append("（北京时间）");
        }
        return text.append("\n\n此邮件由系统自动发送，请勿回复。").toString();
    }
}
