package com.credittown.platform.notification;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bell's figures on PostgreSQL: a user's unread count is theirs alone (their name and their groups, in their own
 * tenant), marking someone else's notification read is refused and changes nothing, "mark all" marks only the user's,
 * and the city office counts and marks what is addressed to it in every tenant.
 */
@SpringBootTest
class NotificationInboxIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationInbox inbox;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String department = "dept-" + run;
    private final CurrentUser clerk = user("clerk-" + run, HUMEN, department);
    private final CurrentUser colleague = user("colleague-" + run, HUMEN, null);
    private final CurrentUser sameNameInChangan = user("clerk-" + run, CHANGAN, null);

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private static CurrentUser user(String name, TenantId tenant, String department) {
        return new CurrentUser(name, Optional.of(tenant), Set.of(), Optional.ofNullable(department), Optional.empty());
    }

    private void notify(TenantId tenant, String task, String assignee, List<String> groups) {
        TenantContext.runAs(tenant, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                new NotificationService.About(task + "-" + run, "case-" + run, "任务 " + task, null), assignee, groups));
    }

    private long unread(TenantId tenant, CurrentUser user) {
        return TenantContext.callAs(tenant, () -> inbox.unread(user));
    }

    @Test
    void theUnreadCountIsTheUsersOwnInTheirTenant() {
        notify(HUMEN, "a", clerk.username(), List.of());
        notify(HUMEN, "b", clerk.username(), List.of(Roles.departmentGroup(department)));
        notify(HUMEN, "c", colleague.username(), List.of());
        notify(CHANGAN, "d", sameNameInChangan.username(), List.of());

        // the clerk: two addressed to them, one to their department; not the colleague's, not changan's namesake's
        assertThat(unread(HUMEN, clerk)).isEqualTo(3);
        assertThat(unread(HUMEN, colleague)).isEqualTo(1);
        assertThat(unread(CHANGAN, sameNameInChangan)).isEqualTo(1);
        // newest first, the clerk's only
        assertThat(TenantContext.callAs(HUMEN, () -> inbox.latest(clerk))).extracting(NotificationEntry::title)
                .containsExactly("任务 b", "任务 b", "任务 a");

        TenantContext.callAs(HUMEN, () -> inbox.markRead(clerk, idOf(HUMEN, clerk, "任务 a")));
        assertThat(unread(HUMEN, clerk)).isEqualTo(2);

        assertThat(TenantContext.callAs(HUMEN, () -> inbox.markAllRead(clerk))).isEqualTo(2);
        assertThat(unread(HUMEN, clerk)).isZero();
        assertThat(unread(HUMEN, colleague)).isEqualTo(1);
        assertThat(unread(CHANGAN, sameNameInChangan)).isEqualTo(1);
    }

    @Test
    void markingSomeoneElsesNotificationReadIsRefusedAndChangesNothing() {
        notify(HUMEN, "e", colleague.username(), List.of());
        notify(CHANGAN, "f", sameNameInChangan.username(), List.of());
        long colleagues = idOf(HUMEN, colleague, "任务 e");
        long changans = idOf(CHANGAN, sameNameInChangan, "任务 f");

        assertThatThrownBy(() -> TenantContext.callAs(HUMEN, () -> inbox.markRead(clerk, colleagues)))
                .isInstanceOf(NotFoundException.class);
        // the same user name in another tenant is another person
        assertThatThrownBy(() -> TenantContext.callAs(HUMEN, () -> inbox.markRead(clerk, changans)))
                .isInstanceOf(NotFoundException.class);
        assertThat(unread(HUMEN, colleague)).isEqualTo(1);
        assertThat(unread(CHANGAN, sameNameInChangan)).isEqualTo(1);
    }

    @Test
    void withoutATenantATenantUserHasNoNotifications() {
        notify(HUMEN, "g", clerk.username(), List.of());

        assertThat(inbox.unread(clerk)).isZero();
        assertThat(inbox.latest(clerk)).isEmpty();
    }

    @Test
    void theCityOfficeCountsAndMarksWhatIsAddressedToItInEveryTenant() {
        CurrentUser city = new CurrentUser("city-" + run, Optional.empty(), Set.of(Roles.CITY_OFFICE),
                Optional.empty(), Optional.empty());
        long before = inbox.unread(city);
        notify(HUMEN, "h", null, List.of(Roles.CITY_OFFICE));
        notify(CHANGAN, "i", null, List.of(Roles.CITY_OFFICE));
        notify(CHANGAN, "j", clerk.username(), List.of());

        assertThat(inbox.unread(city)).isEqualTo(before + 2);
        NotificationEntry changans = inbox.latest(city).stream().filter(n -> n.title().equals("任务 i"))
                .findFirst().orElseThrow();
        assertThat(changans.tenant()).isEqualTo("changan");

        inbox.markRead(city, changans.id());
        assertThat(inbox.unread(city)).isEqualTo(before + 1);
        assertThatThrownBy(() -> inbox.markRead(city, idOf(CHANGAN, sameNameInChangan, "任务 j")))
                .isInstanceOf(NotFoundException.class);

        inbox.markAllRead(city);
        assertThat(inbox.unread(city)).isZero();
        // the town's notification to its own clerk stays unread
        assertThat(unread(CHANGAN, sameNameInChangan)).isEqualTo(1);
    }

    private long idOf(TenantId tenant, CurrentUser user, String title) {
        return TenantContext.callAs(tenant, () -> inbox.latest(user)).stream().filter(n -> n.title().equals(title))
                .findFirst().orElseThrow().id();
    }
}
