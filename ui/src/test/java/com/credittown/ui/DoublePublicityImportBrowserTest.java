package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 双公示 import page in a real browser, logged in through Keycloak as 虎门's officer: the officer opens the page
 * from the top bar, uploads a small .xlsx workbook (two good rows, one with a wrong check character), watches the
 * progress bar finish, reads the summary (2 imported, 1 rejected) and downloads the rejected rows as .xlsx. The city
 * office starts a full reindex on its search index page and watches it finish (the indexes are this test database's
 * own: their prefix comes from the database name).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class DoublePublicityImportBrowserTest extends BrowserJourney {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final List<String> HEADER = List.of("kind", "decision_number", "subject_code", "subject_name",
            "department", "decision_date", "publication_date", "title", "legal_basis", "severity");

    @LocalServerPort
    int port;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(90);
    }

    @Test
    void anOfficerUploadsAWorkbookSeesTheProgressFinishAndCanDownloadTheRejectedRows() throws IOException {
        String good = CODES.next("441900").value();
        String wrongCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        Path file = workbook(List.of(
                List.of("许可", "东市监许〔2025〕" + run + "-1号", good, "东莞市虎门浏览器测试商行", "东莞市市场监督管理局",
                        "2025-09-30", "2025-10-11", "食品经营许可", "", ""),
                List.of("处罚", "东市监罚〔2025〕" + run + "-2号", good, "东莞市虎门浏览器测试商行", "东莞市市场监督管理局",
                        "2025-09-19", "2025-09-30", "未按规定公示年度报告", "《企业信息公示暂行条例》第十八条", "一般"),
                List.of("许可", "东市监许〔2025〕" + run + "-3号", wrongCheck, "东莞市虎门浏览器测试商行", "东莞市市场监督管理局",
                        "2025-10-09", "2025-10-10", "食品经营许可", "", "")));
        try {
            RealKeycloak.logIn(browser, wait, base(), "humen.officer", "/tenants/humen/tasks");
            WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-imports")));
            assertThat(nav.getText()).isEqualTo("双公示导入");
            clickPastNotices(By.id("nav-imports"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));

            upload(file);

            WebElement state = wait.until(d -> {
                WebElement found = d.findElement(By.id("import-state"));
                return "DONE".equals(found.getDomAttribute("data-state")) ? found : null;
            });
            assertThat(state.getText()).isEqualTo(file.getFileName() + "：已完成");
            assertThat(browser.findElement(By.id("import-progress")).getDomProperty("value")).isEqualTo("1");
            assertThat(browser.findElement(By.id("import-progress-text")).getText()).startsWith("已处理 3 / 3 行");
            assertThat(browser.findElement(By.id("import-imported")).getDomAttribute("data-count")).isEqualTo("2");
            assertThat(browser.findElement(By.id("import-unchanged")).getDomAttribute("data-count")).isEqualTo("0");
            assertThat(browser.findElement(By.id("import-rejected")).getDomAttribute("data-count")).isEqualTo("1");
            assertThat(browser.findElement(By.id("import-rejected")).getText()).isEqualTo("被拒绝 1 行");
            WebElement download = browser.findElement(By.id("import-errors-download"));
            assertThat(download.isDisplayed()).isTrue();
            assertThat(download.getText()).isEqualTo("下载错误行（.xlsx）");
            // the link serves a workbook (a zip: "PK")
            Object start = ((JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0].href).then(r => r.arrayBuffer())"
                            + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))))"
                            + ".catch(e => done('failed: ' + e));", download);
            assertThat(start).isEqualTo("PK");
            // the job is listed, so it can be followed again after leaving the page
            assertThat(textOf("import-recent")).contains(file.getFileName().toString());
            HeadlessChromium.screenshot(browser, "double-publicity-import");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theCityOfficeStartsAReindexAndWatchesItFinish() {
        RealKeycloak.logIn(browser, wait, base(), "city.office", "/city/dashboard");
        WebElement nav = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-city-search-index")));
        assertThat(nav.getText()).isEqualTo("搜索索引");
        clickPastNotices(By.id("nav-city-search-index"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reindex-start")));

        clickPastNotices(By.id("reindex-start"));

        WebElement state = wait.until(d -> {
            WebElement found = d.findElement(By.id("reindex-state"));
            String now = found.getDomAttribute("data-state");
            return "DONE".equals(now) || "FAILED".equals(now) ? found : null;
        });
        assertThat(state.getText()).isEqualTo("已完成");
        assertThat(browser.findElement(By.id("reindex-progress")).getDomProperty("value")).isEqualTo("1");
        assertThat(browser.findElement(By.id("reindex-counts")).getText()).startsWith("已写入 ");
        assertThat(textOf("reindex-types"))
                .contains("信用主体", "信用记录", "案件", "商圈商户").doesNotContain("失败", "进行中");
        assertThat(browser.findElement(By.id("reindex-start")).isEnabled()).isTrue();
        HeadlessChromium.screenshot(browser, "city-search-index");
    }

    private Path workbook(List<List<String>> rows) throws IOException {
        Path file = Files.createTempFile("double-publicity-" + run + "-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("双公示");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private void upload(Path file) {
        WebElement upload = browser.findElement(By.id("import-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The text of a grid's cells (slotted into its shadow DOM, so read from the light DOM). */
    private String textOf(String id) {
        return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].textContent;",
                browser.findElement(By.id(id)));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
