package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.demo.DemoLoader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A newcomer walks the demo city in a real browser, on what README command 1 runs (embedded H2, fresh, in memory):
 * the public notices with the star in publicity, 虎门's inbox, its search, the merchant portal, and the city office's
 * dashboard, key tasks and notices; every page shows demo data and the demo badge. Screenshots go to
 * docs/user-guide/ (CT_SCREENSHOTS).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:credittown-demo-browser;DB_CLOSE_DELAY=-1",
        "credittown.search.index-prefix=credittown-demo-browser${CT_TEST_DB_SUFFIX:}",
        "credittown.demo.timer-wait=90s"})
class DemoCityBrowserTest extends BrowserJourney {

    @Autowired
    DemoLoader loader;

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @BeforeEach
    void demoCity() {
        // the first call loads it; the context is cached, so a later call finds the marker and loads nothing
        loader.load();
    }

    @Test
    void everyPageANewcomerOpensShowsTheDemoCity() {
        // public notices, no login: 虎门's star in publicity (with its objection form) and the districts
        browser.get(appBase() + "/public/tenants/humen");
        waitForText("东莞市虎门镇（演示）沙角海鲜酒楼");
        assertThat(browser.getPageSource()).contains("虎门国际服装城（演示）");
        assertDemoBadge();
        HeadlessChromium.screenshot(browser, "demo-public-notices");

        // 虎门's officer: the inbox holds cases at every step, the search finds the demo's subjects
        logIn("humen.officer", "/tenants/humen/tasks");
        waitForText("（演示）");
        assertDemoBadge();
        HeadlessChromium.screenshot(browser, "demo-inbox");
        browser.get(appBase() + "/tenants/humen/search?q=" + java.net.URLEncoder.encode("富民服装",
                java.nio.charset.StandardCharsets.UTF_8));
        waitForText("东莞市虎门镇（演示）富民服装有限公司");
        HeadlessChromium.screenshot(browser, "demo-search");

        // the merchant: a commitment waiting for its signature
        restartBrowser();
        logIn("humen.merchant", "/tenants/humen/merchant");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-notice")));
        HeadlessChromium.screenshot(browser, "demo-merchant-portal");

        // the city office: figures and overdue work on the dashboard, key tasks, notices
        restartBrowser();
        logIn("city.office", "/city/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("heat-humen-credit-repair-accept")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("heat-changan-credit-repair-accept")));
        assertDemoBadge();
        HeadlessChromium.screenshot(browser, "demo-city-dashboard");
        browser.get(appBase() + "/city/key-tasks");
        waitForText("（演示）清理统一社会信用代码重错码");
        HeadlessChromium.screenshot(browser, "demo-city-key-tasks");
        browser.get(appBase() + "/city/supervision");
        waitForText("（演示）关于政务失信整改逾期的督办");
        HeadlessChromium.screenshot(browser, "demo-city-supervision");
    }

    private void assertDemoBadge() {
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-notice"))).getText())
                .isEqualTo("演示数据");
    }

    private void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }
}
