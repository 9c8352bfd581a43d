package com.credittown.platform.notification;

import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends a named user's notification by e-mail (SMTP, {@code spring.mail.*}) after the transaction that wrote it
 * has committed, on its own small pool of sender threads (never a request or scheduler thread), and records the
 * outcome: SENT; NO_ADDRESS for a user without an address (in-app only, never tried again); after a failure
 * (no server, Keycloak down, refused address) a retry when due, with a doubling pause, up to
 * {@code max-attempts}, then DEAD (dead letter, last error kept). The retry job attempts due e-mails the
 * longest-waiting first, so marked or backed-off rows never crowd out newer ones. Each attempt is claimed under a
 * row lock first, so two nodes never send one e-mail twice. A failure never breaks the task that caused it.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PlatformClock.CITY_ZONE);

    private final ObjectProvider<JavaMailSender> sender;
    private final MailAddresses addresses;
    private final NotificationService notifications;
    private final MailSettings settings;
    private final ThreadPoolExecutor senders;
    private final TenantJobs jobs;

    NotificationMailer(ObjectProvider<JavaMailSender> sender, MailAddresses addresses,
                       NotificationService notifications, NotificationSettings settings, TenantJobs jobs) {
        this.jobs = jobs;
        this.sender = sender;
        this.addresses = addresses;
        this.notifications = notifications;
        this.settings = settings.mail();
        AtomicInteger threads = new AtomicInteger();
        // Not a Spring Executor bean: one would replace Boot's application task executor.
        this.senders = new ThreadPoolExecutor(this.settings.senderThreads(), this.settings.senderThreads(),
                1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(Math.max(1, this.settings.senderQueue())),
                runnable -> {
                    Thread thread = new Thread(runnable, "notification-mail-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (runnable, pool) -> log.warn("E-mail senders are busy: the e-mail waits for the retry job"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NotificationCreated created) {
        if (settings.enabled()) {
            senders.execute(() -> jobs.runFor(created.tenant(), () -> attempt(created.notificationId())));
        }
    }

    /** Attempts the current tenant's due e-mails (at most a batch); returns how many went out. */
    int retryDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        for (Long id : notifications.mailDue(settings.retryBatch())) {
            if (attempt(id)) {
                sent++;
            }
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    private boolean attempt(long id) {
        Optional<Notification> claimed;
        try {
            claimed = notifications.claimEmail(id);
        } catch (RuntimeException e) {
            log.warn("E-mail of notification {} not attempted (the retry job tries again): {}", id, e.toString());
            return false;
        }
        if (claimed.isEmpty()) {
            return false;
        }
        Notification notification = claimed.get();
        try {
            Optional<String> address = addresses.of(notification.getRecipient());
            if (address.isEmpty()) {
                notifications.noEmailAddress(id);
                return false;
            }
            JavaMailSender mail = sender.getIfAvailable();
            if (mail == null) {
                throw new IllegalStateException("no mail sender is configured (spring.mail.host)");
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(address.get());
            message.setSubject(subject(notification));
            message.setText(body(notification));
            mail.send(message);
            notifications.emailSent(id);
            return true;
        } catch (RuntimeException e) {
            log.warn("E-mail of notification {} not sent (attempt {} of {}): {}", id,
                    notification.getEmailAttempts(), settings.maxAttempts(), e.toString());
            try {
                notifications.emailFailed(id, e.toString());
            } catch (RuntimeException unrecorded) {
                log.warn("Failure of e-mail {} not recorded; it is attempted again after its lease: {}", id,
                        unrecorded.toString());
            }
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
            case ORDER_TO_RECTIFY -> "【信用镇街】" + n.getTitle();
            case CASE_OUTCOME -> "【信用镇街】办理结果：" + n.getTitle();
        };
    }

    static String body(Notification n) {
        String lead = switch (n.getKind()) {
            case TASK_ASSIGNED -> "您有一项新的待办任务，请及时办理。";
            case DEADLINE_NEAR -> "您的待办任务即将到期，请在办理期限前完成。";
            case DEADLINE_PASSED -> "您的待办任务已超过办理期限，请尽快办理。";
            case COPIED -> "一件案件已办理到抄送给您的环节，仅供知悉，无需办理。";
            case KEY_TASK_REMINDER -> "市信用办交办的重点任务已到提醒日，请在期限前完成并更新工作台账。";
            case ORDER_TO_RECTIFY -> "经核查，您的信用承诺未履行。请在整改期限内完成整改，并在经营主体服务中提交整改材料；"
                    + "逾期未整改或整改未通过的，将认定违诺并记入信用记录。";
            case CASE_OUTCOME -> "您的事项已有办理结果，仅供知悉；详情可在经营主体服务中查看。";
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
