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
                                   @DefaultValue MailSettings mail) {

    public NotificationSettings {
        if (nearWorkingDays < 0) {
            throw new IllegalArgumentException("credittown.notification.near-working-days must not be negative");
        }
    }
}
