package com.credittown.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver (installed by scripts/ensure-browser.sh), headless, with a fresh
 * profile. Selenium Manager is never asked to download anything.
 */
final class HeadlessChromium {

    static final String CHROMIUM = System.getenv().getOrDefault("CT_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("CT_CHROMEDRIVER", "/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        return start("zh-CN");
    }

    /** A browser whose language (its Accept-Language) is {@code language}, e.g. {@code en-US}. */
    static ChromeDriver start(String language) {
        try {
            Path profile = Files.createTempDirectory("credittown-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1366,900",
                    "--lang=" + language, "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A wait that also retries when Vaadin re-rendered an element between finding it and reading it (grids and
     * lists replace their rows after each server round trip); every browser test waits through this.
     */
    static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * Saves a screenshot of the current page as {@code <name>.png} for the user guide, when the
     * system property or environment variable {@code CT_SCREENSHOTS} names a directory (for example
     * {@code docs/user-guide}); otherwise does nothing. Regenerate the guide's pictures with
     * {@code CT_SCREENSHOTS=$PWD/docs/user-guide scripts/test.sh -pl ui -am}.
     */
    static void screenshot(WebDriver driver, String name) {
        String directory = System.getProperty("CT_SCREENSHOTS", System.getenv("CT_SCREENSHOTS"));
        if (directory == null || directory.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(directory).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
