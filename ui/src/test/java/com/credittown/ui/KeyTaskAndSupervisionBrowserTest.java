package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.keytask.KeyTaskUpdate;
import com.credittown.workflows.keytask.KeyTaskView;
import com.credittown.workflows.supervision.SupervisionService;
import com.credittown.workflows.supervision.SupervisionView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The key-task ledger and supervision in a real browser, logged in through Keycloak: the city office assigns a key
 * task to humen and changan and sends humen a 督办; humen's officer handles it from the inbox and reports progress on
 * its copy; the city office sees both; changan's officer sees only changan's copy and is refused humen's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class KeyTaskAndSupervisionBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    KeyTaskLedger keyTasks;
    @Autowired
    SupervisionService supervision;
    @Autowired
    CaseService cases;

    private final String suffix = Integer.toString(100_000 + new Random().nextInt(900_000));

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @Test
    void cityAssignsAndSupervisesTownsReportAndOnlyTheirOwnWorkIsShown() {
        String taskTitle = "信用承诺覆盖率提升" + suffix;
        String noticeTitle = "督办双公示逾期" + suffix;
        String report = "已完成整改，全部补录公示" + suffix;

        // the city office assigns a key task; an empty form is refused on each field, nothing assigned
        logIn("city.office", "/city/key-tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-task-grid")));
        assertThat(browser.findElement(By.id("nav-city-key-tasks")).getText()).isEqualTo("重点任务");
        assertThat(browser.findElement(By.id("nav-city-supervision")).getText()).isEqualTo("督办");
        int before = keyTasks.all().size();
        click(By.id("key-task-assign"));
        click(By.id("key-task-save"));
        wait.until(d -> "true".equals(d.findElement(By.id("key-task-title")).getDomProperty("invalid")));
        assertThat(browser.findElement(By.id("key-task-title")).getDomProperty("errorMessage")).isEqualTo("必填项");
        assertThat(browser.findElement(By.id("key-task-tenants")).getDomProperty("invalid")).isEqualTo("true");
        assertThat(keyTasks.all()).hasSize(before);

        type("key-task-title", "input", taskTitle);
        type("key-task-description", "textarea", "提高市场主体信用承诺签署覆盖率。");
        type("key-task-basis", "input", "东府办〔2024〕6号（二十四）");
        type("key-task-owner-unit", "input", "市发展改革局");
        WebElement deadline = browser.findElement(By.cssSelector("#key-task-deadline input"));
        String due = LocalDate.now(PlatformClock.CITY_ZONE).plusDays(60).toString();
        deadline.sendKeys(due);
        deadline.sendKeys(Keys.ENTER);
        wait.until(d -> due.equals(d.findElement(By.id("key-task-deadline")).getDomProperty("value")));
        chooseTenant("humen", "虎门镇 (humen)");
        chooseTenant("changan", "长安镇 (changan)");
        click(By.id("key-task-save"));
        KeyTaskView task = wait.until(d -> keyTasks.all().stream().filter(t -> t.title().equals(taskTitle))
                .findFirst().orElse(null));
        assertThat(task.tenants()).extracting(t -> t.tenant()).containsExactly("changan", "humen");
        WebElement humenStatus = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("status-" + task.id() + "-humen")));
        assertThat(humenStatus.getText()).isEqualTo("未开始");
        HeadlessChromium.screenshot(browser, "city-key-tasks");
        assertThat(firstBytes(browser.findElement(By.id("key-tasks-xlsx")).getAttribute("href"))).isEqualTo("PK");

        // the city office sends humen a 督办
        browser.get(appBase() + "/city/supervision");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("supervision-grid")));
        choose("supervision-tenant", "虎门镇 (humen)");
        choose("supervision-kind", "督办");
        type("supervision-title", "input", noticeTitle);
        type("supervision-text", "textarea", "请于期限内完成双公示逾期整改并报送情况。");
        type("supervision-working-days", "input", "5");
        click(By.id("supervision-send"));
        SupervisionView notice = wait.until(d -> supervision.sent("humen").stream()
                .filter(n -> n.title().equals(noticeTitle)).findFirst().orElse(null));
        WebElement sent = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-" + notice.id())));
        assertThat(sent.getText()).isEqualTo("已发送");
        HeadlessChromium.screenshot(browser, "city-supervision");

        // humen's officer handles it from the inbox and reports progress on its copy
        restartBrowser();
        logIn("humen.officer", "/tenants/humen/tasks");
        WorkTask supervisionTask = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(notice.caseId())).get(0);
        click(By.id("handle-" + supervisionTask.id()));
        type("field-report", "textarea", report);
        type("field-contact", "input", "张三 0769-12345678");
        click(By.id("form-submit"));
        wait.until(d -> TenantContext.callAs(HUMEN, () -> cases.openTasksOf(notice.caseId())).isEmpty());

        click(By.id("nav-key-tasks"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-key-task-grid")));
        // a change saved meanwhile by someone else is not overwritten: the officer is told to reload
        click(By.id("edit-" + task.id()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-task-owner-person")));
        TenantContext.callAs(HUMEN, () -> keyTasks.update(task.id(), new KeyTaskUpdate("王五", "NOT_STARTED",
                "同时修改", null, null), "humen.admin"));
        type("key-task-owner-person", "input", "李四");
        click(By.id("key-task-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-task-changed-meanwhile")));
        wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("该任务已被他人修改")));
        assertThat(TenantContext.callAs(HUMEN, () -> keyTasks.ofCurrentTenant(task.id())).ownerPerson())
                .isEqualTo("王五");
        // the refused dialog has closed before the copy is opened again (its fields share the new one's ids)
        wait.until(ExpectedConditions.numberOfElementsToBe(By.id("key-task-owner-person"), 0));

        click(By.id("edit-" + task.id()));
        type("key-task-owner-person", "input", "李四");
        choose("key-task-state", "推进中");
        type("key-task-progress-note", "textarea", "已完成摸底" + suffix);
        click(By.id("key-task-save"));
        wait.until(d -> "IN_PROGRESS".equals(d.findElement(By.id("status-" + task.id() + "-humen"))
                .getAttribute("data-status")));
        HeadlessChromium.screenshot(browser, "tenant-key-tasks");

        // changan's officer sees only changan's copy, not humen's notice, and not humen's page
        restartBrowser();
        logIn("changan.officer", "/tenants/changan/key-tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-" + task.id() + "-changan")));
        assertThat(browser.findElements(By.id("status-" + task.id() + "-humen"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("已完成摸底" + suffix);
        browser.get(appBase() + "/tenants/changan/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        assertThat(browser.getPageSource()).doesNotContain(noticeTitle);
        browser.get(appBase() + "/tenants/humen/key-tasks");
        wait.until(d -> d.getPageSource().contains("humen"));
        assertThat(browser.findElements(By.id("tenant-key-task-grid"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("已完成摸底" + suffix);

        // the city office sees humen's progress and the notice handled on time with its report
        restartBrowser();
        logIn("city.office", "/city/key-tasks");
        WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("status-" + task.id() + "-humen")));
        assertThat(progress.getAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(progress.getText()).isEqualTo("推进中");
        assertThat(browser.findElement(By.id("status-" + task.id() + "-changan")).getText()).isEqualTo("未开始");
        click(By.id("history-" + task.id() + "-humen"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("key-task-history")));
        wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().contains("ownerPerson: 王五 -> 李四")));
        click(By.id("history-close"));
        browser.get(appBase() + "/city/supervision");
        WebElement handled = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-" + notice.id())));
        assertThat(handled.getAttribute("data-status")).isEqualTo("HANDLED_ON_TIME");
        assertThat(handled.getText()).isEqualTo("按期办结");
        assertThat(browser.findElement(By.id("report-" + notice.id())).getText()).contains(report);
        assertThat(browser.findElement(By.id("case-" + notice.id())).getAttribute("href"))
                .endsWith("/tenants/humen/cases/" + notice.caseId());

        // the dashboard links both pages and answers the period's ledger as an .xlsx
        browser.get(appBase() + "/city/dashboard");
        WebElement ledger = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-xlsx")));
        wait.until(d -> ledger.getAttribute("href") != null && !ledger.getAttribute("href").isBlank());
        assertThat(firstBytes(ledger.getAttribute("href"))).isEqualTo("PK");
        assertThat(browser.findElement(By.id("dashboard-key-tasks")).getAttribute("href")).endsWith("/city/key-tasks");
        assertThat(browser.findElement(By.id("dashboard-supervision")).getAttribute("href"))
                .endsWith("/city/supervision");
    }

    private void chooseTenant(String code, String label) {
        WebElement input = browser.findElement(By.cssSelector("#key-task-tenants input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), code);
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-multi-select-combo-box-item")).stream()
                .filter(i -> i.getText().equals(label)).findFirst().orElse(null));
        jsClick(item);
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('key-task-tenants').selectedItems.map(i => i.label).join(',')"))
                .contains(label));
        input.sendKeys(Keys.ESCAPE);
    }

    private void choose(String selectId, String label) {
        click(By.id(selectId));
        WebElement item = wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(i -> i.getText().equals(label) && i.isDisplayed()).findFirst().orElse(null));
        jsClick(item);
        wait.until(d -> label.equals(d.findElement(By.id(selectId)).getText().strip())
                || !d.findElement(By.id(selectId)).getDomProperty("value").isEmpty());
    }

    /** Types into the field, finding it afresh if Vaadin replaced it meanwhile (the wait retries stale elements). */
    private void type(String id, String tag, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.cssSelector("#" + id + " " + tag));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }

    private void click(By by) {
        wait.until(d -> {
            jsClick(d.findElement(by));
            return true;
        });
    }

    private void jsClick(WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private String firstBytes(String href) {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer())
                    .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))));""", href));
    }
}
