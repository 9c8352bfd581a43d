package com.credittown.platform.notification;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's in-app notifications in the tenant: those addressed to their user name or to one of their
 * candidate groups (roles and {@code department:<code>}).
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<NotificationView> mine(@PathVariable String tenant) {
        return notifications.of(user()).stream().map(NotificationView::of).toList();
    }

    /**
     * How many of the caller's notifications in the tenant are unread (those {@code GET} lists without
     * {@code readAt}; counted in full, not only among the newest 200): for a client's badge, without fetching the list.
     */
    @GetMapping("/unread-count")
    UnreadCount unread(@PathVariable String tenant) {
        return new UnreadCount(notifications.unread(user()));
    }

    @PostMapping("/{id}/read")
    NotificationView read(@PathVariable String tenant, @PathVariable long id) {
        return NotificationView.of(notifications.markRead(user(), id));
    }

    private static CurrentUser user() {
        return CurrentUsers.current().orElseThrow(() -> new AccessDeniedException("No user"));
    }
}
