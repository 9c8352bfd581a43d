package com.credittown.platform.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.notification.*}.
 *
 * @param deadlineCron     when the deadline job runs (city time)
 * @param nearWorkingDays  a task due within this many working days is "near" its deadline
 * @param mail             e-mail delivery
 */
@ConfigurationProperties("credittown.notification")
public record NotificationSettings(@DefaultValue("0 */15 * * * *") String deadlineCron,
                                   @DefaultValue("2") int nearWorkingDays,
                                   @DefaultValue Mail mail) {

    public NotificationSettings {
        if (nearWorkingDays < 0) {
            throw new IllegalArgumentException("credittown.notification.near-working-days must not be negative");
        }
    }

    /**
     * @param enabled          whether notifications are also sent by e-mail ({@code spring.mail.host/port})
     * @param from             the sender address
     * @param addressCacheTime how long a user's address read from Keycloak is reused before it is read again
     *                         (a changed address reaches the mails after at most this long)
     */
    public record Mail(@DefaultValue("false") boolean enabled,
                       @DefaultValue("noreply@credittown.example") String from,
                       @DefaultValue("PT1H") java.time.Duration addressCacheTime) {

        public Mail {
            if (addressCacheTime.isNegative()) {
                throw new IllegalArgumentException(
                        "credittown.notification.mail.address-cache-time must not be negative");
            }
        }
    }
}
