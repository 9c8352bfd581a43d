package com.credittown.workflows.keytask;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import com.credittown.platform.time.PlatformClock;
import java.time.Duration;
import java.util.List;
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
    // hourly, on one node of the cluster
    private static final EveryTenantJob JOB = new EveryTenantJob("key-task-reminders", "Key-task reminders",
            Duration.ofMinutes(30), Duration.ofMinutes(1), "{} key-task reminders written");

    private final EveryTenant everyTenant;
    private final KeyTaskLedger ledger;
    private final NotificationService notifications;

    KeyTaskReminderJob(EveryTenant everyTenant, KeyTaskLedger ledger, NotificationService notifications) {
        this.everyTenant = everyTenant;
        this.ledger = ledger;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${credittown.key-task.reminder-cron:0 5 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        everyTenant.onOneNode(JOB, this::runOnce);
    }

    /** Returns how many notifications were new, over all tenants. */
    int runOnce() {
        return everyTenant.run(JOB, this::forCurrentTenant);
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
