package com.credittown.ui;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: a fresh headless Chromium for each test (closed after it, whatever happened),
 * the one login path (Keycloak's real pages), a wait that retries elements Vaadin replaced meanwhile, and a restart
 * for the next user's session.
 */
abstract class BrowserJourney {

    @LocalServerPort
    protected int port;
    protected WebDriver browser;
    protected WebDriverWait wait;

    /** The application under test, e.g. {@code http://localhost:41234}. */
    protected String appBase() {
        return "http://localhost:" + port;
    }

    /** Opens the path as a demo user, logged in through Keycloak's login pages (user name, then password). */
    protected void logIn(String username, String path) {
        RealKeycloak.logIn(browser, wait, appBase(), username, path);
    }

    /** How long a step may take before the journey fails; long ones (dashboards, downloads) ask for more. */
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    /** Called on each new browser before the test uses it, e.g. for a phone-sized window. */
    protected void prepare(WebDriver fresh) {
    }

    @BeforeEach
    final void openBrowser() {
        browser = HeadlessChromium.start();
        prepare(browser);
        wait = HeadlessChromium.waitUpTo(browser, patience());
    }

    @AfterEach
    final void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /**
     * Clicks the element once the last action's notices are gone (they may cover it for a few seconds), finding it
     * afresh and clicking in one step, retried if Vaadin replaced it in between.
     */
    protected void clickPastNotices(By by) {
        wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).isEmpty());
        wait.until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    /** A new browser with an empty profile: the next user logs in afresh. */
    protected void restartBrowser() {
        closeBrowser();
        openBrowser();
    }
}
