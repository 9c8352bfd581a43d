package com.credittown.platform.notification;

import com.credittown.platform.cluster.ClusterLock;
import com.credittown.platform.tenancy.TenantJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code credittown.notification.mail.retry-interval}, on one node of the cluster, tenant by tenant: attempts
 * the e-mails that are due again (a failed attempt's pause is over, or the sender after commit never got to
 * them), the longest-waiting first, at most {@code retry-batch} per tenant and run.
 */
@Component
class NotificationMailRetryJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailRetryJob.class);

    private final TenantJobs tenants;
    private final NotificationMailer mailer;
    private final ClusterLock locks;

    NotificationMailRetryJob(TenantJobs tenants, NotificationMailer mailer, ClusterLock locks) {
        this.tenants = tenants;
        this.mailer = mailer;
        this.locks = locks;
    }

    @Scheduled(initialDelayString = "${credittown.notification.mail.retry-interval:PT1M}",
            fixedDelayString = "${credittown.notification.mail.retry-interval:PT1M}")
    void scheduled() {
        locks.runExclusively("notification-mail-retry", Duration.ofMinutes(30), Duration.ofSeconds(10),
                this::runOnce);
    }

    /** Returns how many e-mails went out, over all tenants. */
    int runOnce() {
        int sent = tenants.forEachTenant("Retrying notification e-mails", mailer::retryDue);
        if (sent > 0) {
            log.info("{} notification e-mails sent on retry", sent);
        }
        return sent;
    }
}
