package com.credittown.platform.notification;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in user's own notifications, as the bell counts them and the notification page lists them: those
 * addressed to the user's name or to one of their candidate groups ({@link NotificationService#recipients}), never
 * anyone else's.
 * <ul>
 *   <li>A tenant user reads those of the tenant the request is bound to (their own); with no tenant bound, none
 *       (the tenant filter fails closed).</li>
 *   <li>The city office, whose steps (e.g. 市信用办确认) sit in every town's processes, reads those addressed to it in
 *       every tenant through the city's read path, and marks them read through the city's write path.</li>
 * </ul>
 * A group's notification is one row: read by one member, it is read for the group (as {@link NotificationService}).
 */
@Service
@Allowed(Permission.NOTIFICATIONS)
public class NotificationInbox {

    private final Notifications notifications;
    private final CityReads cityReads;
    private final CityWrites cityWrites;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Clock clock;

    NotificationInbox(Notifications notifications, CityReads cityReads, CityWrites cityWrites,
                      PlatformTransactionManager transactions, Clock clock) {
        this.notifications = notifications;
        this.cityReads = cityReads;
        this.cityWrites = cityWrites;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How many of the user's notifications are unread: the bell's figure. */
    public long unread(CurrentUser user) {
        Set<String> recipients = NotificationService.recipients(user);
        return read(user, () -> notifications.countByRecipientInAndReadAtIsNull(recipients), 0L);
    }

    /** The user's latest notifications (at most 200), newest first. */
    public List<NotificationEntry> latest(CurrentUser user) {
        Set<String> recipients = NotificationService.recipients(user);
        return read(user, () -> notifications.findTop200ByRecipientInOrderByCreatedAtDescIdDesc(recipients).stream()
                .map(NotificationEntry::of).toList(), List.of());
    }

    /** Marks one of the user's notifications read; someone else's (or another tenant's) is "not found". */
    public NotificationEntry markRead(CurrentUser user, long id) {
        Set<String> recipients = NotificationService.recipients(user);
        return write(user, () -> {
            Notification notification = notifications.findByIdAndRecipientIn(id, recipients)
                    .orElseThrow(() -> new NotFoundException("Notification not found",
                            "No notification " + id + " exists for you."));
            notification.markRead(clock.instant());
            return NotificationEntry.of(notification);
        });
    }

    /** Marks all of the user's unread notifications read; returns how many were unread. */
    public int markAllRead(CurrentUser user) {
        Set<String> recipients = NotificationService.recipients(user);
        return write(user, () -> {
            List<Notification> unread = notifications.findByRecipientInAndReadAtIsNull(recipients);
            unread.forEach(n -> n.markRead(clock.instant()));
            return unread.size();
        });
    }

    private <T> T read(CurrentUser user, Supplier<T> work, T none) {
        if (user.isCityOffice()) {
            return cityReads.read(work);
        }
        if (TenantContext.current().isEmpty()) {
            return none;
        }
        return reading.execute(status -> work.get());
    }

    private <T> T write(CurrentUser user, Supplier<T> work) {
        if (user.isCityOffice()) {
            return cityWrites.write(work);
        }
        TenantContext.require();
        return writing.execute(status -> work.get());
    }
}
