package com.credittown.ui.tasks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.inbox.*}.
 *
 * @param amberWorkingDays a task due within this many working days (city calendar) shows amber; overdue shows red
 */
@ConfigurationProperties("credittown.inbox")
public record InboxSettings(@DefaultValue("2") int amberWorkingDays) {

    public InboxSettings {
        if (amberWorkingDays < 0) {
            throw new IllegalArgumentException("credittown.inbox.amber-working-days must not be negative");
        }
    }
}
