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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names that come from data follow the language switch: an officer of 虎门镇 who switches to English reads her town as
 * "Humen Town", and the commitment's step and process by their English names in the inbox and on the case page,
 * with the legal basis in English; switching back shows the Chinese names again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class EnglishDataNamesBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    CaseService cases;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    TransactionTemplate transactions;

    private final Random random = new Random();

    @Test
    void anOfficerWhoSwitchesToEnglishReadsTenantStepAndProcessNamesInEnglish() {
        String subjectName = "东莞市虎门镇英文界面测试商行" + random.nextInt(1_000_000);
        String code = new UsccGenerator(random).next("441900").value();
        TenantContext.runAs(HUMEN, () -> transactions.executeWithoutResult(tx -> subjects.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, subjectName, List.of()), "test")));
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "humen.officer", Map.of(
                "subjectCode", code, "subjectName", subjectName, "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));
        String taskId = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(caseId)).get(0).id();

        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-text")));
        assertThat(heading()).contains("虎门镇");
        click(By.id("language-switch"));

        // the inbox: the tenant's English name in the heading, the step and process by their English names
        wait.until(d -> heading().contains("Humen Town"));
        assertThat(heading()).doesNotContain("虎门镇");
        wait.until(d -> {
            d.findElement(By.id("inbox-text")).findElement(By.tagName("input")).sendKeys(subjectName);
            return true;
        });
        wait.until(d -> cellTexts().stream().anyMatch(cell -> cell.contains(subjectName)));
        wait.until(d -> cellTexts().contains("Subject signs the commitment") && cellTexts().contains("Credit commitment"));
        assertThat(cellTexts()).doesNotContain("主体签署承诺", "信用承诺");
        HeadlessChromium.screenshot(browser, "inbox-english");

        // the case page: current step, process and legal basis in English; the timeline's first entry too
        browser.get(appBase() + "/tenants/humen/cases/" + caseId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-current")));
        wait.until(d -> d.findElement(By.id("case-current")).getText().contains("Subject signs the commitment"));
        assertThat(browser.findElement(By.id("case-current")).getText()).contains("Dongfu Ban [2024] No. 6")
                .doesNotContain("主体签署承诺");
        assertThat(browser.findElement(By.id("case-header")).getText()).contains("Credit commitment")
                .doesNotContain("信用承诺");
        assertThat(browser.findElements(By.id("case-handle-sign"))).isNotEmpty();
        // the template's parameters in the started case's data read by their labels, not their keys
        assertThat(browser.findElement(By.id("case-timeline")).getText())
                .contains("Verification period (working days)：20", "Severity of the dishonesty record of a breach")
                .doesNotContain("verificationWorkingDays", "breachSeverity");
        HeadlessChromium.screenshot(browser, "case-page-english");

        // switching back: Chinese names again
        click(By.id("language-switch"));
        wait.until(d -> d.findElement(By.id("case-current")).getText().contains("主体签署承诺"));
        assertThat(browser.findElement(By.id("case-header")).getText()).contains("信用承诺");
        assertThat(taskId).isNotBlank();
    }

    /** Finds and clicks in one retried step: Vaadin may replace the element between finding and clicking. */
    private void click(By by) {
        wait.until(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    private String heading() {
        return browser.findElements(By.tagName("h2")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }
}
