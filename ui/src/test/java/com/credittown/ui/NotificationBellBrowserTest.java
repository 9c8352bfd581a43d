package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.platform.notification.NotificationKind;
import com.credittown.platform.notification.NotificationService;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The notification bell (docs/user-guide.md, 通知) in headless Chromium, logged in through the real Keycloak: an officer
 * sees the unread count of their own notifications on the bell, opens the list (newest first), marks one read and sees
 * the count drop, then marks all read and the count goes away; a new notification then shows on the bell of the page
 * that stays open, in the officers' frame and in the merchant portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class NotificationBellBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    /** humen.officer as its token reads (tenants/src/main/resources/identity/demo-users.csv). */
    private static final CurrentUser OFFICER = new CurrentUser("humen.officer", Optional.of(HUMEN),
            Set.of(Roles.OFFICER), Optional.empty(), Optional.empty());

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationInbox inbox;

    @Test
    void anOfficerSeesTheUnreadCountOpensTheListAndMarksRead() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // what earlier tests left for the officer (and the officers' group) is read: the bell starts from nothing
        TenantContext.callAs(HUMEN, () -> inbox.markAllRead(OFFICER));
        notify("older-" + run, "核查承诺履行情况（" + run + "）", null);
        notify("newer-" + run, "签署信用承诺书（" + run + "）", Instant.now().plusSeconds(3 * 86400));
        // another officer's notification is not counted on humen.officer's bell
        TenantContext.callAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                new NotificationService.About("other-" + run, "case-" + run, "别人的任务", null), "humen.admin",
                List.of()));

        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
        wait.until(d -> "2".equals(bellCount()));
        assertThat(browser.findElement(By.id("notification-count")).getText()).isEqualTo("2");

        clickPastNotices(By.id("notification-bell"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("notification-entry")));
        // this run's two, newest first, both unread (the list also holds what earlier tests left, already read);
        // not the other officer's
        List<WebElement> entries = ours(run);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getText()).contains("签署信用承诺书（" + run + "）").contains("未读");
        assertThat(entries.get(1).getText()).contains("核查承诺履行情况（" + run + "）").contains("未读");
        assertThat(browser.findElement(By.id("notifications")).getText()).doesNotContain("别人的任务");
        HeadlessChromium.screenshot(browser, "notifications");

        entries.get(0).findElement(By.className("notification-mark-read")).click();
        wait.until(d -> "1".equals(bellCount()));
        wait.until(d -> !ours(run).get(0).getText().contains("未读"));
        assertThat(browser.findElement(By.id("notification-count")).getText()).isEqualTo("1");

        clickPastNotices(By.id("notifications-mark-all"));
        wait.until(d -> "0".equals(bellCount()));
        assertThat(browser.findElement(By.id("notification-count")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".notification-entry.unread"))).isEmpty();
        // the other officer's notification is still unread
        assertThat(TenantContext.callAs(HUMEN, () -> inbox.unread(new CurrentUser("humen.admin", Optional.of(HUMEN),
                Set.of(), Optional.empty(), Optional.empty())))).isGreaterThanOrEqualTo(1);

        // live: a new task for the officer shows on the bell of the page that stays open (no navigation, no reload),
        // at the bell's next refresh (credittown.notification.bell-refresh)
        String url = browser.getCurrentUrl();
        notify("live-" + run, "新任务（" + run + "）", null);
        live().until(d -> "1".equals(bellCount()));
        assertThat(browser.findElement(By.id("notification-count")).getText()).isEqualTo("1");
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
        assertThat(browser.findElements(By.className("notification-entry"))).as("the page was not reloaded")
                .isNotEmpty();
    }

    @Test
    void aMerchantsBellInThePortalCountsANewNotificationWhileThePageStaysOpen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a merchant logging in at / lands in its portal (as MerchantPortalBrowserTest)
        logIn("humen.merchant", "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/humen/merchant"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
        String url = browser.getCurrentUrl();
        long before = Long.parseLong(bellCount());

        TenantContext.callAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                new NotificationService.About("merchant-" + run, null, "请补充整改材料（" + run + "）", null),
                "humen.merchant", List.of()));

        live().until(d -> String.valueOf(before + 1).equals(bellCount()));
        assertThat(browser.getCurrentUrl()).isEqualTo(url);
    }

    /** Long enough for the bell's next refresh (20 s by default) on a loaded machine. */
    private org.openqa.selenium.support.ui.WebDriverWait live() {
        return HeadlessChromium.waitUpTo(browser, java.time.Duration.ofSeconds(90));
    }

    private void notify(String task, String title, Instant due) {
        TenantContext.callAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                new NotificationService.About(task, null, title, due), "humen.officer", List.of()));
    }

    private String bellCount() {
        return browser.findElement(By.id("notification-bell")).getDomAttribute("data-unread");
    }

    /** The notification entries of this run, in the page's order. */
    private List<WebElement> ours(String run) {
        return browser.findElements(By.className("notification-entry")).stream()
                .filter(entry -> entry.getText().contains(run)).toList();
    }
}
