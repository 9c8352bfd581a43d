package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.KeycloakAdmin;
import com.credittown.platform.identity.RealmUser;
import com.credittown.platform.identity.RealmUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.settings.TenantSettingsService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officer workspace and the tenant settings in headless Chromium, logged in through the real Keycloak: an
 * officer filters the inbox, opens a case, reads its timeline and attaches files (a wrong or too large one is
 * refused with the reason); an administrator adds a department reviewer; the city office reads settings only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class WorkspaceBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    private static final String TEST_REVIEWER = "humen.ws-reviewer";

    @Autowired
    CaseService cases;
    @Autowired
    AttachmentService attachments;
    @Autowired
    TaskService taskService;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    RealmUsers realmUsers;
    @Autowired
    KeycloakAdmin keycloak;
    @Autowired
    TenantSettingsService settings;

    private final Random random = new Random();
    private final UsccGenerator codes = new UsccGenerator(random);

    @Test
    void officerFiltersTheInboxOpensACaseAndAttachesFiles() throws Exception {
        String subjectName = "东莞市虎门镇工作台测试商行" + random.nextInt(1_000_000);
        String code = codes.next("441900").value();
        TenantContext.runAs(HUMEN, () -> transactions.executeWithoutResult(tx -> subjects.register(
                new NewSubject(SubjectKind.MARKET_ENTITY, code, subjectName, List.of()), "test")));
        String caseId = startCommitment(code, subjectName);
        String taskId = TenantContext.callAs(HUMEN, () -> cases.openTasksOf(caseId)).get(0).id();
        // the deadline passed yesterday: the inbox shows it red, under "overdue"
        taskService.setDueDate(taskId, Date.from(java.time.Instant.now().minus(Duration.ofDays(1))));

        logIn("humen.officer", "/tenants/humen/tasks");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-text")));
        // a new case starts from the tenant's published processes
        browser.findElement(By.id("start-case")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("start-credit-repair")));
        assertThat(browser.findElements(By.id("start-credit-commitment"))).isNotEmpty();
        browser.findElement(By.id("start-credit-repair")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("start-case-dialog")));
        typeInto(By.id("inbox-text"), subjectName);
        waitForCellText(subjectName);
        assertThat(cellTexts()).allSatisfy(text -> assertThat(text).doesNotContain("浏览器测试商行"));
        browser.findElement(By.id("inbox-overdue")).click();
        waitForCellText(subjectName);
        assertThat(browser.findElements(By.cssSelector("vaadin-grid-cell-content .deadline-overdue"))).isNotEmpty();
        HeadlessChromium.screenshot(browser, "inbox");
        browser.findElement(By.id("claim-" + taskId)).click();
        browser.findElement(By.id("inbox-mine")).click();
        wait.until(d -> !d.findElements(By.id("unclaim-" + taskId)).isEmpty());

        // the grid re-renders after the claim and the tab change: find the link afresh until the click lands
        wait.until(d -> {
            d.findElement(By.id("case-" + taskId)).click();
            return true;
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-timeline")));
        wait.until(d -> d.findElement(By.id("case-timeline")).getText().contains("发起案件"));
        String timeline = browser.findElement(By.id("case-timeline")).getText();
        assertThat(timeline).contains("humen.officer").contains(subjectName).contains("依据");
        assertThat(browser.findElement(By.id("case-current")).getText()).contains("主体签署承诺").contains("依据");
        assertThat(browser.findElement(By.id("case-subject-link")).getText()).contains(code);

        Path pdf = Files.createTempFile("营业执照", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        upload(pdf);
        wait.until(d -> d.findElement(By.id("case-attachments")).getText().contains(pdf.getFileName().toString())
                || cellTexts().contains(pdf.getFileName().toString()));
        HeadlessChromium.screenshot(browser, "case-page");

        Path fake = Files.createTempFile("伪装", ".pdf");
        Files.write(fake, "MZ this is a program, not a pdf".getBytes(StandardCharsets.US_ASCII));
        upload(fake);
        wait.until(d -> notifications().contains("文件类型不允许"));

        Path big = Files.createTempFile("扫描件", ".pdf");
        byte[] tooLarge = new byte[(int) attachments.settings().maxSize().toBytes() + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 5);
        Files.write(big, tooLarge);
        upload(big);
        wait.until(d -> notifications().contains("文件过大"));

        assertThat(TenantContext.callAs(HUMEN, () -> attachments.of(caseId)))
                .extracting(a -> a.fileName()).containsExactly(pdf.getFileName().toString());
    }

    @Test
    void anotherTenantsCaseReadsLikeAnUnknownOne() {
        String subjectName = "东莞市虎门镇案件隔离商行" + random.nextInt(1_000_000);
        String caseId = startCommitment(codes.next("441900").value(), subjectName);

        logIn("changan.officer", "/tenants/changan/cases/" + caseId);
        wait.until(d -> d.getPageSource().contains(caseId));
        String guessed = visibleText();
        assertThat(guessed).doesNotContain(subjectName);
        assertThat(browser.findElements(By.id("case-timeline"))).isEmpty();

        browser.get(appBase() + "/tenants/changan/cases/no-such-case");
        wait.until(d -> d.getPageSource().contains("no-such-case"));
        assertThat(visibleText().replace("no-such-case", "ID")).isEqualTo(guessed.replace(caseId, "ID"));
    }

    @Test
    void administratorAddsADepartmentReviewer() {
        realmUsers.ensure(new RealmUser(TEST_REVIEWER, RealKeycloak.DEMO_PASSWORD, "虎门", "测试审核人",
                "ws-reviewer@humen.example", Optional.of("humen"), Set.of(), Map.of()));
        TenantContext.runAs(HUMEN, () -> {
            boolean present = settings.current().departments().stream()
                    .anyMatch(d -> d.reviewers().stream().anyMatch(r -> r.username().equals(TEST_REVIEWER)));
            if (present) {
                settings.removeReviewer(TEST_REVIEWER, "test");
            }
        });

        logIn("humen.admin", "/tenants/humen/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-department")));
        WebElement department = browser.findElement(By.id("reviewer-department")).findElement(By.tagName("input"));
        department.sendKeys("tax");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(item -> item.getText().startsWith("tax")));
        browser.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().startsWith("tax")).findFirst().orElseThrow().click();
        wait.until(d -> department.getDomProperty("value").startsWith("tax"));
        typeInto(By.id("reviewer-username"), TEST_REVIEWER);
        browser.findElement(By.id("reviewer-add")).click();

        wait.until(d -> d.findElement(By.id("settings-departments")).getText().contains(TEST_REVIEWER)
                || cellTexts().stream().anyMatch(t -> t.contains(TEST_REVIEWER)));
        HeadlessChromium.screenshot(browser, "tenant-settings");
        // Keycloak now routes the tax department's tasks to the user, and the change is a version with who and what
        var user = keycloak.realm().users().searchByUsername(TEST_REVIEWER, true).get(0);
        assertThat(keycloak.realm().users().get(user.getId()).toRepresentation().getAttributes())
                .containsEntry("department", List.of("tax"));
        assertThat(TenantContext.callAs(HUMEN, () -> settings.history()).get(0))
                .satisfies(change -> {
                    assertThat(change.changedBy()).isEqualTo("humen.admin");
                    assertThat(change.change()).isEqualTo("部门 tax 新增审核人 " + TEST_REVIEWER);
                });

        // a user of another tenant is refused with the reason, and nothing is saved
        int before = TenantContext.callAs(HUMEN, () -> settings.current().version());
        browser.findElement(By.id("reviewer-username")).findElement(By.tagName("input")).clear();
        typeInto(By.id("reviewer-username"), "changan.officer");
        browser.findElement(By.id("reviewer-add")).click();
        wait.until(d -> notifications().contains("本镇街没有此用户"));
        assertThat(TenantContext.callAs(HUMEN, () -> settings.current().version())).isEqualTo(before);

        // a refusal the page leaves to the session's error handler (the reviewer reviews already) is said in words,
        // never as a stack trace, and nothing is saved
        browser.findElement(By.id("reviewer-username")).findElement(By.tagName("input")).clear();
        typeInto(By.id("reviewer-username"), TEST_REVIEWER);
        clickPastNotices(By.id("reviewer-add"));
        wait.until(d -> notifications().contains("操作未执行"));
        assertThat(notifications()).contains(TEST_REVIEWER + " already reviews for tax")
                .doesNotContain("Exception").doesNotContain("at com.credittown");
        assertThat(TenantContext.callAs(HUMEN, () -> settings.current().version())).isEqualTo(before);
    }

    @Test
    void theCityOfficeSeesATenantsSettingsReadOnly() {
        logIn("city.office", "/tenants/humen/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-read-only")));
        assertThat(browser.findElement(By.id("settings-departments")).getText()).contains("market-supervision");
        assertThat(browser.findElements(By.id("reviewer-add"))).isEmpty();
        assertThat(browser.findElements(By.id("department-add"))).isEmpty();
        assertThat(browser.findElements(By.id("contact-save"))).isEmpty();
        HeadlessChromium.screenshot(browser, "tenant-settings-city-office");
    }

    @Test
    void anOfficerWhoIsNotTheAdministratorGetsNoSettings() {
        logIn("humen.officer", "/tenants/humen/settings");
        wait.until(d -> d.getCurrentUrl().startsWith(appBase()));
        wait.until(d -> !d.getPageSource().isEmpty());
        assertThat(browser.findElements(By.id("settings-departments"))).isEmpty();
    }

    private void upload(Path file) {
        WebElement upload = browser.findElement(By.id("case-upload"));
        WebElement input = (WebElement) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].querySelector('input[type=file]') "
                        + "|| arguments[0].shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private String notifications() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(c => c.innerText).join('\\n');");
    }

    private String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void typeInto(By field, String text) {
        browser.findElement(field).findElement(By.tagName("input")).sendKeys(text);
    }

    private void waitForCellText(String text) {
        wait.until(d -> cellTexts().stream().anyMatch(cell -> cell.contains(text)));
    }

    private List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private String startCommitment(String code, String subjectName) {
        return TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "humen.officer", Map.of(
                "subjectCode", code,
                "subjectName", subjectName,
                "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));
    }
}
