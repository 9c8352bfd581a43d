package com.credittown.workflows.keytask;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.credittown.platform.cluster.ClusterLock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tenant by tenant, each in its own context: a key task whose reminder day (working days before its deadline, on the
 * city calendar) has come while the tenant's copy is neither done nor overdue is notified, once, to the tenant's
 * officers and administrators — the roles that update key tasks. The notification is idempotent (one per key task,
 * kind and group), so the job may run as often as it likes and after a restart.
 */
@Component
class KeyTaskReminderJob {

    static final String NOTIFICATION_PREFIX = "key-task:";
    private static final List<String> RECIPIENT_GROUPS = List.of(Roles.OFFICER, Roles.ADMINISTRATOR);
    private static final Logger log = LoggerFactory.getLogger(KeyTaskReminderJob.class);

    private final TenantJobs tenants;
    private final KeyTaskLedger ledger;
    private final NotificationService notifications;
    private final ClusterLock locks;

    KeyTaskReminderJob(TenantJobs tenants, KeyTaskLedger ledger, NotificationService notifications,
                       ClusterLock locks) {
        this.tenants = tenants;
        this.locks = locks;
        this.ledger = ledger;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${credittown.key-task.reminder-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        // hourly, on one node of the cluster
        locks.runExclusively("key-task-reminders", Duration.ofMinutes(30), Duration.ofMinutes(1), this::runOnce);
    }

    /** Returns how many notifications were new, over all tenants. */
    int runOnce() {
        int written = tenants.forEachTenant("Key-task reminders", this::forCurrentTenant);
        if (written > 0) {
            log.info("{} key-task reminders written", written);
        }
        return written;
    }

    private int forCurrentTenant() {
        int written = 0;
        for (TenantKeyTask task : ledger.ofCurrentTenant()) {
            if (task.reminderDue()) {
                written += notifications.notify(NotificationKind.KEY_TASK_REMINDER,
                        new NotificationService.About(NOTIFICATION_PREFIX + task.keyTaskId(), null, task.title(),
                                task.deadline().plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant()),
                        null, RECIPIENT_GROUPS);
            }
        }
        return written;
    }
}
