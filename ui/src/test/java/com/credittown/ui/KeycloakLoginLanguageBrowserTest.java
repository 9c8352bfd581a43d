package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Keycloak's login page opens in Simplified Chinese, even for a browser set to English, because the platform asks
 * for its own language; the page's language menu switches it to English; and a user who chose English in the
 * platform before logging in gets the login page in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class KeycloakLoginLanguageBrowserTest {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLoginPageOpensInChineseForAnEnglishBrowserAndSwitchesToEnglish() {
        openEnglishBrowser();
        browser.get(base() + "/tenants/humen/tasks");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("登录");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        HeadlessChromium.screenshot(browser, "login-chinese");

        Select languages = new Select(browser.findElement(By.id("login-select-toggle")));
        List<WebElement> options = languages.getOptions();
        int english = IntStream.range(0, options.size())
                .filter(i -> options.get(i).getDomAttribute("value").endsWith("kc_locale=en"))
                .findFirst().orElseThrow();
        languages.selectByIndex(english);

        wait.until(d -> "Sign In".equals(d.findElement(By.id("kc-login")).getText()));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    @Test
    void aUserWhoChoseEnglishInThePlatformGetsTheLoginPageInEnglish() {
        openEnglishBrowser();
        browser.get(base() + "/public");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("language-switch")));
        String chineseLabel = browser.findElement(By.id("language-switch")).getText();
        wait.until(d -> {
            d.findElement(By.id("language-switch")).click();
            return true;
        });
        wait.until(d -> !d.findElement(By.id("language-switch")).getText().equals(chineseLabel));

        browser.get(base() + "/tenants/humen/tasks");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.findElement(By.id("kc-login")).getText()).isEqualTo("Sign In");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    private void openEnglishBrowser() {
        browser = HeadlessChromium.start("en-US");
        wait = HeadlessChromium.waitUpTo(browser, Duration.ofSeconds(30));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
