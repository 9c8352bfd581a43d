package com.credittown.ui.notification;

import com.credittown.platform.notification.NotificationInbox;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the frames' bells ({@link NotificationBell}) with the refresh interval of the installation:
 * {@code credittown.notification.bell-refresh} (default 20 s, at least 1 s). The bell asks the page to poll at that
 * interval and counts again at each poll, so a notification written on any node (a step on another node, the
 * deadline job wherever its cluster lock ran) shows without navigation; see docs/operations.md "Notifications".
 */
@Component
public class NotificationBells {

    private final NotificationInbox inbox;
    private final int refreshMillis;

    NotificationBells(NotificationInbox inbox,
                      @Value("${credittown.notification.bell-refresh:PT20S}") Duration refresh) {
        if (refresh.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("credittown.notification.bell-refresh must be at least 1 s, not "
                    + refresh);
        }
        this.inbox = inbox;
        this.refreshMillis = (int) Math.min(Integer.MAX_VALUE, refresh.toMillis());
    }

    /** A bell linking to the user's notification page. */
    public NotificationBell bell(String notificationPage) {
        return new NotificationBell(inbox, notificationPage, refreshMillis);
    }
}
