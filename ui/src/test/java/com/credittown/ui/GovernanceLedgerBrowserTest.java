package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditPublicity;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.governance.GovernanceLedger;
import com.credittown.workflows.governance.InterviewKind;
import com.credittown.workflows.governance.LedgerEntryView;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The governance ledger through its two pages: humen's severe record puts a new firm on humen.officer's ledger, the
 * officer records a prompt interview (提示约谈) on the page, and city.office reads humen's ledger with the interview.
 * The record is repaired at the end, so the firm leaves the ledger (the demo tenant is shared by later runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class GovernanceLedgerBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");

    @LocalServerPort
    int port;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    GovernanceLedger ledger;

    @Test
    void aTownsOfficerInterviewsAnEntityOnItsLedgerAndTheCityOfficeReadsIt() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String name = "东莞市台账浏览器测试" + marker + "有限公司";
        SubjectView subject = TenantContext.callAs(HUMEN, () -> subjects.register(new NewSubject(
                SubjectKind.MARKET_ENTITY, new UsccGenerator(new Random()).next("441900").value(), name, List.of()),
                "humen.officer"));
        // decided 400 days ago: past the severe record's minimum publicity, so the test can repair it at the end
        RecordView severe = TenantContext.callAs(HUMEN, () -> archive.addRecord(subject.id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.SEVERE, "虎门镇人力资源和社会保障分局", LocalDate.now().minusDays(400),
                "《保障农民工工资支付条例》第四十八条", "拖欠农民工工资" + marker, null), "humen.officer"));
        try {
            journey(subject, name, marker);
        } finally {
            TenantContext.callAs(HUMEN, () -> publicity.endPublicityByRepair(severe.id(), "humen.officer",
                    "测试结束，信用修复"));
            TenantContext.callAs(HUMEN, () -> ledger.refresh("humen.officer"));
        }
    }

    private void journey(SubjectView subject, String name, String marker) {
        login("humen.officer", "/tenants/humen/governance-ledger");
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(name) && cell.isDisplayed()).findFirst().orElse(null));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("东府办〔2024〕6号（四）", "市信用办设置：");
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("governance-detail")).getText().contains(name));
        type("governance-participants", "input", "镇信用办王五、企业负责人赵六");
        type("governance-content", "textarea", "告知严重失信记录及其影响" + marker);
        type("governance-outcome", "textarea", "企业承诺30日内足额支付欠薪");
        HeadlessChromium.screenshot(browser, "governance-ledger-officer");
        clickPastNotices(By.id("governance-record-interview"));
        LedgerEntryView entry = wait.until(d -> TenantContext.callAs(HUMEN, () -> ledger.ledger()).stream()
                .filter(e -> e.subjectId() == subject.id() && !e.interviews().isEmpty()).findFirst().orElse(null));
        assertThat(entry.interviews().get(0).kind()).isEqualTo(InterviewKind.PROMPT);
        assertThat(entry.interviews().get(0).content()).endsWith(marker);
        // the page scrolled down to the form's button: bring the detail back into view, as a user scrolls up to read it
        wait.until(d -> {
            WebElement detail = d.findElement(By.id("governance-detail"));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", detail);
            return detail.getText().contains("提示约谈");
        });

        restartBrowser();
        login("city.office", "/city/governance-ledger");
        WebElement town = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals("虎门镇") && cell.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", town);
        wait.until(d -> d.findElement(By.id("city-governance-entries")).getText().contains(name));
        HeadlessChromium.screenshot(browser, "governance-ledger-city");
        assertThat(browser.findElement(By.id("city-governance-entries")).getText()).contains("提示约谈");
        // read only: the city's page has no form
        assertThat(browser.findElements(By.id("governance-record-interview"))).isEmpty();
    }

    private void login(String username, String path) {
        RealKeycloak.logIn(browser, wait, "http://localhost:" + port, username, path);
    }

    private void type(String id, String tag, String text) {
        wait.until(d -> {
            WebElement field = d.findElement(By.cssSelector("#" + id + " " + tag));
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            field.sendKeys(Keys.TAB);
            return true;
        });
    }
}
