package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.code.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An officer opens a tenant's task list in headless Chromium, signs a commitment, and sees it move on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class TaskListBrowserTest {

    private static final TenantId HUMEN = new TenantId("humen");
    private static final TenantId CHANGAN = new TenantId("changan");

    @LocalServerPort
    int port;
    @Autowired
    CaseService cases;

    private WebDriver browser;
    private WebDriverWait wait;
    private final Random random = new Random();
    private final UsccGenerator codes = new UsccGenerator(random);

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void officerSignsACommitmentFromTheTaskList() {
        String humenSubject = "东莞市虎门镇浏览器测试商行" + random.nextInt(1_000_000);
        String changanSubject = "东莞市长安镇浏览器测试商行" + random.nextInt(1_000_000);
        String caseId = startCommitment(HUMEN, humenSubject);
        startCommitment(CHANGAN, changanSubject);
        String taskId = TenantContext.callAs(HUMEN, () -> onlyTaskOf(caseId)).id();

        browser.get("http://localhost:" + port + "/tenants/humen/tasks");
        waitForCellText(humenSubject);
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

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form-dialog")));
        waitForCellText("承诺核查");
        WorkTask verify = TenantContext.callAs(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(verify.stepKey()).isEqualTo("verify");
        assertThat(verify.caseData()).containsEntry("signatory", "张三");
    }

    @Test
    void anotherTenantsPageDoesNotShowThisTenantsTasks() {
        String humenSubject = "东莞市虎门镇隔离测试商行" + random.nextInt(1_000_000);
        startCommitment(HUMEN, humenSubject);

        browser.get("http://localhost:" + port + "/tenants/changan/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-grid")));
        wait.until(d -> browser.getTitle().contains("长安镇"));
        assertThat(cellTexts()).doesNotContain(humenSubject);
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
