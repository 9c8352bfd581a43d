package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.report.CreditReports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
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
 * The city office's dashboard in a real browser with all 34 Dongguan tenants (provisioned from the catalogue at
 * start-up): a humen credit-repair acceptance is made overdue (started with the clock a month back), the city office
 * logs in through Keycloak, sees every tenant's row, the heat map cell of humen's overdue step, the ECharts canvas,
 * and drills into the tenant and into the overdue case. A humen officer is refused the dashboard. The public report
 * check confirms a credit report's code without a login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class CityDashboardBrowserTest extends BrowserJourney {

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    private static final TenantId HUMEN = new TenantId("humen");

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    CaseService cases;
    @Autowired
    CreditReports reports;
    @Autowired
    PlatformClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void cityOfficeComparesAllTenantsAndDrillsIntoAnOverdueCase() throws IOException {
        List<String> catalogue = catalogueCodes();
        assertThat(catalogue).hasSize(34);
        HeadlessChromium.waitUpTo(browser, Duration.ofSeconds(120)).until(d ->
                catalogue.stream().allMatch(code -> directory.find(code).isPresent()));
        String overdueCase = overdueRepairInHumen();

        logIn("city.office", "/city/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-grid")));
        WebElement humenRow = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-humen")));
        assertThat(humenRow.getText()).isEqualTo("虎门镇");
        for (String code : catalogue) {
            assertThat(browser.findElements(By.id("ledger-" + code))).as("row of " + code).hasSize(1);
        }
        assertThat(browser.findElements(By.cssSelector("#ledger-grid vaadin-grid-sorter"))).as("sortable columns")
                .hasSizeGreaterThanOrEqualTo(13);
        assertThat(browser.findElement(By.id("nav-city-dashboard")).isDisplayed()).isTrue();

        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("heat-humen-credit-repair-accept")));
        assertThat(cell.getText()).matches("\\d+ / \\d+");
        assertThat(Integer.parseInt(cell.getText().split(" / ")[1])).as("working days overdue").isPositive();

        wait.until(d -> !d.findElements(By.cssSelector("#chart-compliance canvas")).isEmpty()
                && !d.findElements(By.cssSelector("#chart-overdue canvas")).isEmpty());
        assertThat(browser.findElement(By.id("chart-compliance")).getAttribute("data-rendered")).isEqualTo("true");
        HeadlessChromium.screenshot(browser, "city-dashboard");

        // drill down: the heat map cell lists humen's overdue cases, each linking to its case page
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", cell);
        wait.until(ExpectedConditions.elementToBeClickable(cell)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("overdue-cases")));
        WebElement caseLink = wait.until(d -> d.findElements(By.className("overdue-case")).stream()
                .filter(link -> link.getText().equals(overdueCase)).findFirst().orElse(null));
        assertThat(caseLink.getAttribute("href")).endsWith("/tenants/humen/cases/" + overdueCase);
        HeadlessChromium.screenshot(browser, "city-overdue-cases");

        // drill down: a tenant's ledger, read only
        browser.get(appBase() + "/city/dashboard?period=2025-Q3");
        WebElement humen = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-humen")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", humen);
        wait.until(ExpectedConditions.elementToBeClickable(humen)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tenant-ledger")));
        wait.until(d -> d.findElement(By.tagName("h2")).getText().contains("虎门镇"));
        assertThat(browser.findElement(By.tagName("h2")).getText()).contains("2025年第三季度");
        assertThat(browser.getCurrentUrl()).contains("/city/tenants/humen");
        HeadlessChromium.screenshot(browser, "city-tenant-ledger");
    }

    @Test
    void aTownOfficerIsRefusedTheDashboard() {
        logIn("humen.officer", "/tenants/humen/tasks");
        browser.get(appBase() + "/city/dashboard");
        wait.until(d -> !d.findElements(By.tagName("body")).isEmpty()
                && d.findElement(By.tagName("body")).getText().length() > 0);
        wait.until(d -> d.findElements(By.id("ledger-grid")).isEmpty());
        assertThat(browser.findElements(By.id("ledger-grid"))).isEmpty();
        assertThat(browser.findElements(By.id("heat-map"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-city-dashboard")).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();
    }

    @Test
    void anyoneConfirmsACreditReportOnThePublicPageWithoutLoggingIn() {
        String name = "东莞市虎门镇报告核验" + (100_000 + new Random().nextInt(900_000)) + "号服装有限公司";
        CreditReports.IssuedReport report = TenantContext.callAs(HUMEN, () -> reports.issue(subject(name).id()));

        browser.get(appBase() + "/public/report-check");
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report-code input")));
        field.sendKeys(report.code().toLowerCase(), Keys.ENTER);
        WebElement subject = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-subject")));
        assertThat(subject.getText()).isEqualTo(name);
        assertThat(browser.findElement(By.id("report-tenant")).getText()).isEqualTo("虎门镇");
        assertThat(browser.findElement(By.id("report-sm3")).getText()).isEqualTo(CreditReports.sm3(report.pdf()));
        assertThat(browser.findElement(By.id("report-check-code")).getText()).isEqualTo(report.code());
        assertThat(browser.findElement(By.id("report-issued")).getText())
                .startsWith(LocalDate.now(PlatformClock.CITY_ZONE).toString());
        HeadlessChromium.screenshot(browser, "public-report-check");

        WebElement again = browser.findElement(By.cssSelector("#report-code input"));
        again.sendKeys(Keys.chord(Keys.CONTROL, "a"), "ZZZZ-ZZZZ-ZZZZ-ZZZZ", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-not-found")));
        assertThat(browser.findElements(By.id("report-subject"))).isEmpty();
    }

    @Test
    void anOfficerDownloadsACreditReportFromTheArchive() {
        SubjectView subject = subject("东莞市虎门镇报告下载" + (100_000 + new Random().nextInt(900_000)) + "号贸易有限公司");
        logIn("humen.officer", "/tenants/humen/subjects/" + subject.id());
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-credit-report")));
        wait.until(d -> link.getAttribute("href") != null && !link.getAttribute("href").isBlank());
        Object head = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer())
                    .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))));""",
                link.getAttribute("href"));
        assertThat(head).isEqualTo("%PDF-");
    }

    /** A credit-repair application in humen started a month ago: its 3-working-day acceptance is long overdue. */
    private String overdueRepairInHumen() {
        clock.moveTo(clock.instant().minus(Duration.ofDays(30)));
        try {
            return TenantContext.callAs(HUMEN, () -> {
                SubjectView subject = subject("东莞市虎门镇超期修复测试有限公司");
                long record = archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                        Severity.GENERAL, "东莞市市场监督管理局", LocalDate.now().minusYears(1),
                        "《企业信息公示暂行条例》第十八条", "列入经营异常名录", null), "humen.officer").id();
                Map<String, Object> data = new HashMap<>();
                data.put("subjectCode", subject.code());
                data.put("recordIds", Long.toString(record));
                data.put("obligationsFulfilled", true);
                data.put("repairCommitmentSigned", true);
                data.put("commitmentReference", "XF-DASHBOARD");
                data.put("statement", "已纠正失信行为，履行全部法定义务。");
                return cases.start("credit-repair", "humen.officer", data);
            });
        } finally {
            clock.reset();
        }
    }

    private SubjectView subject(String name) {
        return TenantContext.callAs(HUMEN, () -> subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                new UsccGenerator(new Random()).next("441900").value(), name, List.of()), "humen.officer"));
    }

    private static List<String> catalogueCodes() {
        try (var in = CityDashboardBrowserTest.class.getResourceAsStream("/catalogue/dongguan.csv")) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return csv.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")[0].strip())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
