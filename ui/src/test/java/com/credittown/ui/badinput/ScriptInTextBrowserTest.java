package com.credittown.ui.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Script in text fields is stored as the text it is and served inert: the REST answer returns it unchanged as JSON
 * (never as HTML), and the subject's archive page in a real browser shows it as text, with no element, handler or
 * link made from it. Same Spring context as {@link BadInputCorpusIntegrationTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class ScriptInTextBrowserTest {

    static final String NAME = "东莞市虎门镇<img src=x onerror=\"document.title='pwned'\">商行";
    static final String TITLE = "<script>document.title='pwned'</script>销售不合格产品";
    static final String BASIS = "javascript:alert(document.cookie)";
    static final String SUMMARY = "<a href=\"javascript:alert(1)\">点击</a><svg onload=alert(2)>";

    @LocalServerPort
    int port;
    @Autowired
    KeycloakSettings settings;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void scriptInASubjectAndItsRecordIsShownAsTextAndRunsNowhere() throws Exception {
        KeycloakTokens tokens = new KeycloakTokens(settings);
        String code = new UsccGenerator(new Random()).next("441900").value();
        RawHttp.Response subject = send("POST", "/api/tenants/humen/subjects", tokens.of("humen.officer"),
                "{\"kind\":\"MARKET_ENTITY\",\"code\":\"" + code + "\",\"name\":" + quote(NAME) + "}");
        assertThat(subject.status()).as(subject.text()).isEqualTo(201);
        long id = json.readTree(subject.body()).path("id").asLong();
        RawHttp.Response record = send("POST", "/api/tenants/humen/subjects/" + id + "/records",
                tokens.of("humen.officer"), "{\"kind\":\"DISHONESTY\",\"severity\":\"GENERAL\",\"department\":"
                        + "\"市场监督管理局\",\"decisionDate\":\"2025-03-03\",\"legalBasis\":" + quote(BASIS)
                        + ",\"title\":" + quote(TITLE) + ",\"summary\":" + quote(SUMMARY) + "}");
        assertThat(record.status()).as(record.text()).isEqualTo(201);

        // stored and served as the same text, as JSON that no browser renders as a page
        RawHttp.Response served = send("GET", "/api/tenants/humen/subjects/" + id + "/archive",
                tokens.of("humen.officer"), null);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.header("Content-Type")).startsWith("application/json");
        assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode archive = json.readTree(served.body());
        assertThat(archive.path("subject").path("name").asText()).isEqualTo(NAME);
        assertThat(archive.path("records").get(0).path("title").asText()).isEqualTo(TITLE);
        assertThat(archive.path("records").get(0).path("legalBasis").asText()).isEqualTo(BASIS);
        assertThat(archive.path("records").get(0).path("summary").asText()).isEqualTo(SUMMARY);

        WebDriver browser = chromium();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            logIn(browser, wait, "http://localhost:" + port, "humen.officer", "/tenants/humen/subjects/" + id);
            WebElement grade = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-grade")));
            wait.until(d -> grade.getText().contains("信用等级"));
            wait.until(d -> cells(d).contains(TITLE));

            assertThat(browser.findElement(By.tagName("h2")).getText()).contains(NAME);
            assertThat(cells(browser)).contains(TITLE, BASIS);
            assertThat(browser.getTitle()).isEqualTo(NAME).isNotEqualTo("pwned");
            JavascriptExecutor page = (JavascriptExecutor) browser;
            assertThat(page.executeScript("return document.querySelectorAll('img[src=\"x\"], svg[onload]').length"))
                    .isEqualTo(0L);
            assertThat(page.executeScript("return document.querySelectorAll('a[href^=\"javascript:\"]').length"))
                    .isEqualTo(0L);
            assertThat(page.executeScript("return [...document.scripts].filter(s => s.text.includes('pwned'))"
                    + ".length")).isEqualTo(0L);
        } finally {
            browser.quit();
        }
    }

    private static List<String> cells(WebDriver browser) {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    private RawHttp.Response send(String method, String target, String token, String body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n");
        return RawHttp.exchange(port, head.getBytes(StandardCharsets.UTF_8), bytes);
    }

    private String quote(String text) throws Exception {
        return json.writeValueAsString(text);
    }

    /** Debian's Chromium and chromedriver, headless, as the ui module's other browser tests run them. */
    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CT_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("credittown-badinput"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CT_CHROMEDRIVER",
                        "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Keycloak's real login pages (identity-first: the username, then the password), as RealKeycloak.logIn. */
    private static void logIn(WebDriver browser, WebDriverWait wait, String appBase, String username, String path) {
        browser.get(appBase + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        if (browser.findElements(By.id("password")).isEmpty()) {
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
        }
        browser.findElement(By.id("password")).sendKeys("demo1234");
        browser.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(appBase));
        if (!browser.getCurrentUrl().contains(path)) {
            browser.get(appBase + path);
        }
    }
}
