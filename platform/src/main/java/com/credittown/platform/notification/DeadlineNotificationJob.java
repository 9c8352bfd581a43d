package com.credittown.platform.notification;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.DueTask;
import com.credittown.platform.workflow.DueTaskProjection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.credittown.platform.cluster.ClusterLock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tenant by tenant, each in its own context: notifies the open tasks due within
 * {@code credittown.notification.near-working-days} working days (on the city calendar, up to the end of
 * that day) as DEADLINE_NEAR and the overdue ones as DEADLINE_PASSED, each once (e-mails go out after commit;
 * {@link NotificationMailRetryJob} retries those that did not).
 */
@Component
class DeadlineNotificationJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotificationJob.class);

    private final TenantJobs tenants;
    private final DueTaskProjection dueTasks;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final NotificationSettings settings;
    private final Clock clock;
    private final ClusterLock locks;

    DeadlineNotificationJob(TenantJobs tenants, DueTaskProjection dueTasks, NotificationService notifications,
                            WorkingDayCalendar calendar, NotificationSettings settings,
                            Clock clock, ClusterLock locks) {
        this.tenants = tenants;
        this.locks = locks;
        this.dueTasks = dueTasks;
        this.notifications = notifications;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${credittown.notification.deadline-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        // every quarter hour, on one node of the cluster
        locks.runExclusively("deadline-notifications", Duration.ofMinutes(30), Duration.ofMinutes(1), this::runOnce);
    }

    /** Returns how many notifications were new, over all tenants. */
    int runOnce() {
        int written = tenants.forEachTenant("Deadline notifications", this::forCurrentTenant);
        if (written > 0) {
            log.info("{} deadline notifications written", written);
        }
        return written;
    }

    private int forCurrentTenant() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, PlatformClock.CITY_ZONE);
        LocalDate lastNearDay = calendar.addWorkingDays(today, settings.nearWorkingDays()).value();
        Instant horizon = lastNearDay.plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toInstant();
        int written = 0;
        for (DueTask task : dueTasks.openTasksDueBefore(horizon)) {
            NotificationKind kind = task.dueAt().isAfter(now)
                    ? NotificationKind.DEADLINE_NEAR : NotificationKind.DEADLINE_PASSED;
            written += notifications.notify(kind,
                    new NotificationService.About(task.id(), task.caseId(), task.name(), task.dueAt()),
                    task.assignee(), task.candidateGroups());
        }
        return written;
    }
}
