package com.credittown.platform.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.notification.mail.*}: e-mail delivery of notifications ({@link NotificationSettings#mail()}).
 *
 * @param enabled          whether notifications are also sent by e-mail ({@code spring.mail.host/port})
 * @param from             the sender address
 * @param addressCacheTime how long a user's address read from Keycloak is reused before it is read again
 *                         (a changed address reaches the mails after at most this long)
 * @param maxAttempts      attempts at one e-mail before it is dead-lettered (state DEAD, last error kept)
 * @param firstRetryDelay  pause after the first failed attempt; each further failure doubles it
 * @param maxRetryDelay    cap of that pause
 * @param sendLease        how long one attempt may take before another sender (another node) may take it over
 * @param retryInterval    pause between two runs of the retry job
 * @param retryBatch       e-mails one run of the retry job attempts per tenant, the longest-waiting first
 * @param senderThreads    threads that send e-mails after commit (never a request or scheduler thread)
 * @param senderQueue      e-mails waiting for those threads; beyond it they wait for the retry job
 */
public record MailSettings(@DefaultValue("false") boolean enabled,
                   @DefaultValue("noreply@credittown.example") String from,
                   @DefaultValue("PT1H") Duration addressCacheTime,
                   @DefaultValue("6") int maxAttempts,
                   @DefaultValue("PT1M") Duration firstRetryDelay,
                   @DefaultValue("PT1H") Duration maxRetryDelay,
                   @DefaultValue("PT2M") Duration sendLease,
                   @DefaultValue("PT1M") Duration retryInterval,
                   @DefaultValue("200") int retryBatch,
                   @DefaultValue("2") int senderThreads,
                   @DefaultValue("1000") int senderQueue) {

    public MailSettings {
        if (addressCacheTime.isNegative() || firstRetryDelay.isNegative() || maxRetryDelay.isNegative()) {
            throw new IllegalArgumentException("credittown.notification.mail: durations must not be negative");
        }
        if (maxAttempts < 1 || retryBatch < 1 || senderThreads < 1 || senderQueue < 0) {
            throw new IllegalArgumentException("credittown.notification.mail: max-attempts, retry-batch and "
                    + "sender-threads must be at least 1, sender-queue not negative");
        }
        if (sendLease.isNegative() || sendLease.isZero() || retryInterval.isNegative() || retryInterval.isZero()) {
            throw new IllegalArgumentException(
                    "credittown.notification.mail: send-lease and retry-interval must be positive");
        }
    }

    /** The pause after the given number of failed attempts: first-retry-delay, doubled each time, capped. */
    Duration retryDelayAfter(int attempts) {
        int shift = Math.min(Math.max(attempts - 1, 0), 30);
        Duration delay = firstRetryDelay.multipliedBy(1L << shift);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
