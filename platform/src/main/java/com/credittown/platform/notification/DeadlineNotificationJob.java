package com.credittown.platform.notification;

import com.credittown.platform.calendar.WorkingDayCalendar;
import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.DueTask;
import com.credittown.platform.workflow.DueTaskProjection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    // every quarter hour, on one node of the cluster
    private static final EveryTenantJob JOB = new EveryTenantJob("deadline-notifications", "Deadline notifications",
            Duration.ofMinutes(30), Duration.ofMinutes(1), "{} deadline notifications written");

    private final EveryTenant everyTenant;
    private final DueTaskProjection dueTasks;
    private final NotificationService notifications;
    private final WorkingDayCalendar calendar;
    private final NotificationSettings settings;
    private final Clock clock;

    DeadlineNotificationJob(EveryTenant everyTenant, DueTaskProjection dueTasks, NotificationService notifications,
                            WorkingDayCalendar calendar, NotificationSettings settings, Clock clock) {
        this.everyTenant = everyTenant;
        this.dueTasks = dueTasks;
        this.notifications = notifications;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${credittown.notification.deadline-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        everyTenant.onOneNode(JOB, this::runOnce);
    }

    /** Returns how many notifications were new, over all tenants. */
    int runOnce() {
        return everyTenant.run(JOB, this::forCurrentTenant);
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
