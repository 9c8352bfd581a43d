package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An objection (异议申诉) through its pages: changan.merchant objects in its portal to a record changan recorded, the
 * record shows 异议处理中, changan.officer examines and upholds it on the town's objections page, and the merchant reads
 * the answer. The objection is closed at the end whatever happens (the demo subject is shared by later runs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class ObjectionBrowserTest extends BrowserJourney {

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
    CreditObjections objections;

    @Test
    void theMerchantObjectsInThePortalAndTheTownUpholdsIt() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        SubjectView subject = TenantContext.callAs(CHANGAN, () -> subjects.byCode(MERCHANT_SUBJECT)).orElseThrow(() ->
                new AssertionError("the demo merchant's subject was not provisioned"));
        String title = "未按规定公示年度报告" + marker;
        RecordView record = TenantContext.callAs(CHANGAN, () -> archive.addRecord(subject.id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.GENERAL, "东莞市市场监督管理局长安分局", LocalDate.now(),
                "《企业信息公示暂行条例》第八条", title, null), "changan.officer"));
        try {
            journey(record, title, marker);
        } finally {
            TenantContext.callAs(CHANGAN, () -> objections.visible(ObjectionStatus.EXAMINING, false)).stream()
                    .filter(o -> o.recordId() == record.id()).forEach(o -> TenantContext.callAs(CHANGAN, () ->
                            objections.decide(o.id(), new CreditObjections.Decision(false, "测试结束", null, null),
                                    ObjectionExaminer.background("test-cleanup"))));
        }
    }

    private ObjectionView objectionOf(RecordView record) {
        return TenantContext.callAs(CHANGAN, () -> objections.visible(null, false)).stream()
                .filter(o -> o.recordId() == record.id()).findFirst().orElse(null);
    }

    private void journey(RecordView record, String title, String marker) {
        // the merchant objects to the record in its portal
        login("changan.merchant", "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/changan/merchant"));
        clickPastNotices(By.id("go-objections"));
        clickPastNotices(By.id("objection-open-" + record.id()));
        type("objection-reasons", "textarea", "年度报告已于期限内公示，记录有误" + marker);
        HeadlessChromium.screenshot(browser, "objection-merchant");
        clickPastNotices(By.id("objection-submit"));
        ObjectionView raised = wait.until(d -> objectionOf(record));
        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-objection-" + raised.id())));
        assertThat(mine.getText()).contains("异议处理中", "记录有误" + marker);
        assertThat(raised.ownerTenant()).isEqualTo("changan");
        assertThat(raised.onBehalf()).isFalse();

        // the town's officer examines it and upholds it: the record is revoked
        restartBrowser();
        login("changan.officer", "/tenants/changan/objections");
        clickPastNotices(By.id("objection-examine-" + raised.id()));
        wait.until(d -> d.findElement(By.id("objection-detail")).getText().contains("记录有误" + marker));
        type("objection-decision-reason", "textarea", "经核查年度报告已按期公示，撤销该记录");
        HeadlessChromium.screenshot(browser, "objection-officer");
        clickPastNotices(By.id("objection-uphold"));
        wait.until(d -> objectionOf(record).status() == ObjectionStatus.UPHELD);

        // the merchant reads the answer
        restartBrowser();
        login("changan.merchant", "/tenants/changan/merchant/objections");
        WebElement answered = wait.until(d -> {
            WebElement card = d.findElement(By.id("my-objection-" + raised.id()));
            return card.getText().contains("异议成立") ? card : null;
        });
        assertThat(answered.getText()).contains("撤销记录", "经核查年度报告已按期公示");
        HeadlessChromium.screenshot(browser, "objection-answered");
        assertThat(title).isNotBlank();
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
