package com.credittown.platform.notification;

import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code credittown.notification.mail.retry-interval}, on one node of the cluster, tenant by tenant: attempts
 * the e-mails that are due again (a failed attempt's pause is over, or the sender after commit never got to
 * them), the longest-waiting first, at most {@code retry-batch} per tenant and run.
 */
@Component
class NotificationMailRetryJob {

    private static final EveryTenantJob JOB = new EveryTenantJob("notification-mail-retry",
            "Retrying notification e-mails", Duration.ofMinutes(30), Duration.ofSeconds(10),
            "{} notification e-mails sent on retry");

    private final EveryTenant everyTenant;
    private final NotificationMailer mailer;

    NotificationMailRetryJob(EveryTenant everyTenant, NotificationMailer mailer) {
        this.everyTenant = everyTenant;
        this.mailer = mailer;
    }

    @Scheduled(initialDelayString = "${credittown.notification.mail.retry-interval:PT1M}",
            fixedDelayString = "${credittown.notification.mail.retry-interval:PT1M}")
    void scheduled() {
        everyTenant.onOneNode(JOB, this::runOnce);
    }

    /** Returns how many e-mails went out, over all tenants. */
    int runOnce() {
        return everyTenant.run(JOB, mailer::retryDue);
    }
}
