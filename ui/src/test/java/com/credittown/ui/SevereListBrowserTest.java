package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.ListingStatus;
import com.credittown.platform.credit.severelist.RemovalReason;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The severe-dishonesty list through its four pages: changan.officer proposes changan.merchant's subject on changan's
 * severe record and serves the notice, the merchant states its case in the portal, city.office includes it, and the
 * public page shows it. The subject is removed again at the end (the demo subject is shared by later runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class SevereListBrowserTest extends BrowserJourney {

    private static final TenantId CHANGAN = new TenantId("changan");
    /** changan.merchant's subject (demo-users.csv). */
    private static final String MERCHANT_SUBJECT = "91441900MA4WDEM025";

    @LocalServerPort
    int port;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    SevereList list;

    @Test
    void aTownProposesTheMerchantStatesItsCaseTheCityIncludesAndThePublicSeesIt() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        SubjectView subject = TenantContext.callAs(CHANGAN, () -> subjects.byCode(MERCHANT_SUBJECT)).orElseThrow(() ->
                new AssertionError("the demo merchant's subject was not provisioned"));
        String recordTitle = "拖欠农民工工资" + marker;
        TenantContext.callAs(CHANGAN, () -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.SEVERE, "人力资源和社会保障局", LocalDate.now(), "《保障农民工工资支付条例》第四十八条",
                recordTitle, null), "changan.officer"));

        try {
            journey(subject, recordTitle, marker);
        } finally {
            // the demo subject is shared by later runs: leave no open proposal and no listing behind
            TenantContext.callAs(CHANGAN, () -> list.ownProposals()).stream()
                    .filter(e -> e.subjectId() == subject.id()).forEach(this::close);
        }
    }

    private void close(ListEntryView entry) {
        switch (entry.status()) {
            case LISTED -> list.remove(entry.id(), RemovalReason.DECISION_REVOKED, "测试结束，撤销", "city.office");
            case PROPOSED, NOTICE_SERVED, STATEMENT_RECEIVED -> TenantContext.callAs(CHANGAN, () ->
                    list.withdraw(entry.id(), "测试结束，撤回", "changan.officer"));
            default -> {
            }
        }
    }

    private void journey(SubjectView subject, String recordTitle, String marker) {
        // the town's officer proposes on its own severe record and serves the notice
        login("changan.officer", "/tenants/changan/severe-list");
        type("severe-list-code", "input", MERCHANT_SUBJECT);
        clickPastNotices(By.id("severe-list-find"));
        WebElement records = wait.until(d -> {
            WebElement group = d.findElement(By.id("severe-list-records"));
            return group.getText().contains(recordTitle) ? group : null;
        });
        records.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(box -> box.getText().contains(recordTitle)).findFirst().orElseThrow().click();
        type("severe-list-department", "input", "长安镇人力资源和社会保障分局");
        type("severe-list-legal-basis", "input", "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》");
        type("severe-list-grounds", "textarea", "拖欠农民工工资，经责令限期支付逾期未支付" + marker);
        HeadlessChromium.screenshot(browser, "severe-list-officer");
        clickPastNotices(By.id("severe-list-propose"));
        ListEntryView proposal = wait.until(d -> TenantContext.callAs(CHANGAN, () -> list.ownProposals()).stream()
                .filter(e -> e.subjectId() == subject.id() && e.status() == ListingStatus.PROPOSED).findFirst()
                .orElse(null));
        clickPastNotices(By.id("severe-list-notice-" + proposal.id()));
        wait.until(d -> TenantContext.callAs(CHANGAN, () -> list.ownProposal(proposal.id())).status()
                == ListingStatus.NOTICE_SERVED);

        // the merchant reads the notice in its portal and states its case
        restartBrowser();
        login("changan.merchant", "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/changan/merchant"));
        clickPastNotices(By.id("go-severe-list"));
        WebElement notice = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("severe-list-notice-" + proposal.id())));
        assertThat(notice.getText()).contains("陈述申辩", "拖欠农民工工资，经责令限期支付逾期未支付" + marker);
        type("severe-list-statement", "textarea", "已于本周足额支付全部工资，请求不予列入。");
        HeadlessChromium.screenshot(browser, "severe-list-merchant-notice");
        clickPastNotices(By.id("severe-list-send-statement"));
        wait.until(d -> d.findElement(By.id("severe-list-notice-" + proposal.id())).getText().contains("已陈述申辩"));

        // the city office reads the statement and includes the subject
        restartBrowser();
        login("city.office", "/city/severe-list");
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().contains(MERCHANT_SUBJECT) && cell.isDisplayed()).findFirst()
                .orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("severe-list-detail")).getText().contains("已于本周足额支付全部工资"));
        type("severe-list-decision-reason", "textarea", "陈述申辩所述支付情况未能提供凭证，理由不成立。");
        HeadlessChromium.screenshot(browser, "severe-list-city");
        clickPastNotices(By.id("severe-list-include"));
        wait.until(d -> TenantContext.callAs(CHANGAN, () -> list.ownProposal(proposal.id())).status()
                == ListingStatus.LISTED);

        // the public page lists it, with grounds and period
        browser.get("http://localhost:" + port + "/public/severe-list");
        WebElement shown = wait.until(d -> {
            WebElement entries = d.findElement(By.id("public-severe-list"));
            return entries.getText().contains(MERCHANT_SUBJECT) ? entries : null;
        });
        assertThat(shown.getText()).contains(subject.name(), "名单期");
        HeadlessChromium.screenshot(browser, "severe-list-public");
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
