package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.cases.CaseService;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer transfers a task from the inbox (转办, docs/task-operations.md) in headless Chromium, logged in through
 * the real Keycloak: a user of another town is refused on the field, a colleague of the same town gets the task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class TaskOperationsBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    CaseService cases;
    @Autowired
    TaskService taskService;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    TransactionTemplate transactions;

    private final Random random = new Random();

    @Test
    void anOfficerTransfersATaskToAColleagueFromTheInbox() {
        String subjectName = "东莞市虎门镇转办测试商行" + random.nextInt(1_000_000);
        String code = new UsccGenerator(random).next("441900").value();
        TenantContext.runAs(HUMEN, () -> transactions.executeWithoutResult(tx -> subjects.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, subjectName, List.of()), "test")));
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "humen.officer", Map.of(
                "subjectCode", code, "subjectName", subjectName, "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));
        String taskId = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(caseId)).get(0).id();
        // the engine's listeners act for the task's tenant, as the product's own claim does
        TenantContext.runAs(HUMEN, () -> taskService.claim(taskId, "humen.officer"));

        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-mine")));
        clickPastNotices(By.id("inbox-mine"));
        clickPastNotices(By.id("ops-" + taskId));
        wait.until(d -> {
            List<WebElement> items = d.findElements(By.tagName("vaadin-menu-bar-item")).stream()
                    .filter(item -> item.getText().strip().equals("转办")).toList();
            if (items.isEmpty()) {
                return false;
            }
            items.get(0).click();
            return true;
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-op-users")));
        HeadlessChromium.screenshot(browser, "task-transfer");

        // a user of another town is refused as unknown, on the field; the task stays with the officer
        WebElement users = browser.findElement(By.id("task-op-users")).findElement(By.tagName("input"));
        users.sendKeys("changan.officer");
        browser.findElement(By.id("task-op-ok")).click();
        wait.until(d -> "本镇街（园区）没有该用户".equals(d.findElement(By.id("task-op-users"))
                .getDomProperty("errorMessage")));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isEqualTo("humen.officer");

        ((JavascriptExecutor) browser).executeScript("arguments[0].value = ''; arguments[0].dispatchEvent("
                + "new Event('input', {bubbles: true}));", users);
        users.sendKeys("humen.admin");
        browser.findElement(By.id("task-op-reason")).findElement(By.tagName("textarea")).sendKeys("休假，请代为办理");
        browser.findElement(By.id("task-op-ok")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("task-op-dialog")));
        wait.until(d -> "humen.admin".equals(taskService.createTaskQuery().taskId(taskId).singleResult()
                .getAssignee()));
        // no longer the officer's: it leaves 我的任务 and its menu with it
        // (the grid may keep a detached row's component element for reuse: what counts is that none is shown)
        wait.until(d -> d.findElements(By.id("ops-" + taskId)).stream().noneMatch(menu -> {
            try {
                return menu.isDisplayed();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return false;
            }
        }));
        HeadlessChromium.screenshot(browser, "task-transferred");
    }
}
