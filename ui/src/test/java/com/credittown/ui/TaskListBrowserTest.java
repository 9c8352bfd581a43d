package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.AccessEvents;
import com.credittown.platform.identity.AccessKind;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** An officer opens a tenant's task list in headless Chromium, signs a commitment, and sees it move on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class TaskListBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    private static final TenantId CHANGAN = new TenantId("changan");

    @Autowired
    CaseService cases;
    @Autowired
    AccessEvents accessEvents;

    private final Random random = new Random();
    private final UsccGenerator codes = new UsccGenerator(random);

    @Test
    void officerSignsACommitmentFromTheTaskList() {
        String humenSubject = "东莞市虎门镇浏览器测试商行" + random.nextInt(1_000_000);
        String changanSubject = "东莞市长安镇浏览器测试商行" + random.nextInt(1_000_000);
        String caseId = startCommitment(HUMEN, humenSubject);
        startCommitment(CHANGAN, changanSubject);
        String taskId = TenantContext.callAs(HUMEN, () -> onlyTaskOf(caseId)).id();

        logIn("humen.officer", "/tenants/humen/tasks");
        waitForCellText(humenSubject);
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("humen.officer");
        assertThat(accessEvents.of("humen.officer", 5)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(AccessKind.LOGIN);
            assertThat(event.tenant()).isEqualTo("humen");
        });
        assertThat(cellTexts()).doesNotContain(changanSubject);
        assertThat(browser.getTitle()).contains("虎门镇");

        browser.findElement(By.id("handle-" + taskId)).click();
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id("form-submit")));

        // submitting the empty form is refused on the fields concerned, in Chinese
        submit.click();
        wait.until(d -> "true".equals(field("signatory").getDomProperty("invalid")));
        assertThat(field("signatory").getDomProperty("errorMessage")).isEqualTo("必填项");
        assertThat(TenantContext.callAs(HUMEN, () -> onlyTaskOf(caseId)).stepKey()).isEqualTo("sign");

        field("signatory").findElement(By.tagName("input")).sendKeys("张三");
        WebElement date = field("signedOn").findElement(By.tagName("input"));
        date.sendKeys("2026-11-25");
        date.sendKeys(Keys.ENTER);
        wait.until(d -> "2026-11-25".equals(field("signedOn").getDomProperty("value")));
        browser.findElement(By.id("form-submit")).click();

        // the dialog closes: its submit button leaves the page (the dialog host element itself never has a size)
        wait.until(d -> d.findElements(By.id("form-submit")).isEmpty());
        waitForCellText("承诺核查");
        WorkTask verify = TenantContext.callAs(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(verify.stepKey()).isEqualTo("verify");
        assertThat(verify.caseData()).containsEntry("signatory", "张三");
    }

    @Test
    void anotherTenantsPageDoesNotShowThisTenantsTasks() {
        String humenSubject = "东莞市虎门镇隔离测试商行" + random.nextInt(1_000_000);
        startCommitment(HUMEN, humenSubject);

        logIn("changan.officer", "/tenants/changan/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        wait.until(d -> browser.getTitle().contains("长安镇"));
        assertThat(cellTexts()).doesNotContain(humenSubject);

        // editing the URL to humen's page shows "not found", not humen's tasks
        browser.get(appBase() + "/tenants/humen/tasks");
        wait.until(d -> browser.getPageSource().contains("humen"));
        assertThat(browser.findElements(By.id("task-grid"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(humenSubject);
    }

    @Test
    void theCityOfficeReadsATenantsTasksWithoutActions() {
        String humenSubject = "东莞市虎门镇市级查看商行" + random.nextInt(1_000_000);
        startCommitment(HUMEN, humenSubject);

        logIn("city.office", "/tenants/humen/tasks");
        waitForCellText(humenSubject);
        assertThat(browser.findElements(By.id("start-case"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
        assertThat(browser.findElements(By.className("handle-task"))).isEmpty();
    }

    @Test
    void aReviewerSeesOnlyItsDepartmentsWorkAndAMerchantNoTaskList() {
        String humenSubject = "东莞市虎门镇审核人测试商行" + random.nextInt(1_000_000);
        startCommitment(HUMEN, humenSubject);

        logIn("humen.tax", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        wait.until(d -> browser.getTitle().contains("虎门镇"));
        assertThat(cellTexts()).doesNotContain(humenSubject);
        browser.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));

        logIn("humen.merchant", "/tenants/humen/tasks");
        wait.until(d -> d.getPageSource().contains("humen.merchant") || d.findElements(By.id("task-grid")).isEmpty());
        assertThat(browser.findElements(By.id("task-grid"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(humenSubject);
    }

    @Test
    void loggingOutEndsTheKeycloakSessionToo() {
        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));

        browser.findElement(By.id("logout")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/tenants/humen/tasks") || d.findElements(By.id("username")).size() > 0);
        browser.get(appBase() + "/tenants/humen/tasks");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/");
    }

    private WebElement field(String key) {
        return browser.findElement(By.id("field-" + key));
    }

    private void waitForCellText(String text) {
        wait.until(d -> cellTexts().contains(text));
    }

    private List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private String startCommitment(TenantId tenant, String subjectName) {
        return TenantContext.callAs(tenant, () -> cases.start("credit-commitment", "officer-a", Map.of(
                "subjectCode", codes.next("441900").value(),
                "subjectName", subjectName,
                "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = cases.openTasks(0, 200).stream().filter(t -> t.caseId().equals(caseId)).toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }
}
