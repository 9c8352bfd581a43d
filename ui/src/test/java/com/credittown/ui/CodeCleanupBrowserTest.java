package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.SubjectCodeReported;
import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CleanupKind;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

/**
 * The code clean-up (重错码清理) through its pages: a 双公示 import row of 长安 with a wrong code (reported as the import
 * reports it) becomes an item of 长安's report; changan.officer finds it among the open items (状态 待核实), works it
 * (已核实更正 with a note) and sees it leave the open list; the city office sees it worked on its page. The department
 * is unique to the run, so the item is this run's own (the demo database is shared by later runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class CodeCleanupBrowserTest extends BrowserJourney {

    private static final TenantId CHANGAN = new TenantId("changan");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CodeCleanup cleanup;

    @Test
    void theOfficerWorksAWrongCodeAndItLeavesTheOpenList() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String department = "长安镇浏览器测试分局" + marker;
        String wrongCode = "91441900MA4WDE" + marker.substring(0, 4).toUpperCase();
        // what the 双公示 import reports for a row whose code fails the check (ImportChunkWriter); refused: kept at once
        events.publishEvent(new SubjectCodeReported(SubjectCodeReported.Problem.WRONG_CODE,
                SubjectCodeReported.Source.IMPORT, "changan", department, wrongCode,
                "check character should be 0", "东莞市长安清理测试有限公司", null, null, "import 0 row 1",
                "changan.officer", true));
        CleanupItemView item = openItemOf(department);
        assertThat(item).as("the reported wrong code is an open item of changan").isNotNull();

        login("changan.officer", "/tenants/changan/code-cleanup");
        choose("cleanup-status-filter", "待核实");
        WebElement row = wait.until(d -> cellWith(department));
        assertThat(browser.findElement(By.id("cleanup-basis")).getText()).contains("东府办〔2024〕6号（二）");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("cleanup-detail")).isDisplayed()
                && d.findElement(By.id("cleanup-findings")).getText().contains(wrongCode));
        choose("cleanup-outcome", "已核实更正");
        type("cleanup-note", "textarea", "已与数源单位核实，正确代码已更正" + marker);
        HeadlessChromium.screenshot(browser, "code-cleanup-officer");
        clickPastNotices(By.id("cleanup-work"));

        // the item leaves the open list on the page, and is worked in the report
        wait.until(d -> cellWith(department) == null);
        HeadlessChromium.screenshot(browser, "code-cleanup-worked");
        assertThat(openItemOf(department)).isNull();
        CleanupItemView worked = TenantContext.callAs(CHANGAN, () -> cleanup.items(CleanupKind.WRONG_CODE,
                CleanupStatus.CORRECTED)).stream().filter(i -> department.equals(i.group())).findFirst().orElseThrow();
        assertThat(worked.note()).endsWith(marker);
        assertThat(worked.resolvedBy()).isEqualTo("changan.officer");

        // the city office reads it, worked, among every town's items
        restartBrowser();
        login("city.office", "/city/code-cleanup");
        choose("cleanup-status-filter", "已核实更正");
        wait.until(d -> cellWith(department));
        HeadlessChromium.screenshot(browser, "code-cleanup-city");
    }

    private CleanupItemView openItemOf(String department) {
        List<CleanupItemView> open = TenantContext.callAs(CHANGAN, () -> cleanup.items(CleanupKind.WRONG_CODE,
                CleanupStatus.OPEN));
        return open.stream().filter(i -> department.equals(i.group())).findFirst().orElse(null);
    }

    private WebElement cellWith(String text) {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(text) && cell.isDisplayed()).findFirst().orElse(null);
    }

    private void choose(String selectId, String label) {
        clickPastNotices(By.id(selectId));
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(i -> i.getText().equals(label) && i.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", item);
        wait.until(d -> label.equals(d.findElement(By.id(selectId)).getText().strip())
                || !d.findElement(By.id(selectId)).getDomProperty("value").isEmpty());
    }

    private void login(String username, String path) {
        RealKeycloak.logIn(browser, wait, "http://localhost:" + port, username, path);
    }

    /** Types into the field, finding it afresh if Vaadin replaced it meanwhile. */
    private void type(String id, String tag, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.cssSelector("#" + id + " " + tag));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }
}
