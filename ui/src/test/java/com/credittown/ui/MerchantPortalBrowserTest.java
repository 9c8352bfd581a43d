package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.CaseHistory;
import com.credittown.platform.workflow.TenantTasks;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.NewDistrict;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * humen.merchant, logged in through the real Keycloak on a phone-sized window (390×844), lands in its portal,
 * joins a district and signs the district's commitment, then applies for credit repair choosing its record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class MerchantPortalBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    /** humen.merchant's subject (demo-users.csv). */
    private static final String MERCHANT_SUBJECT = "91441900MA4WDEM100";

    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    DistrictService districts;
    @Autowired
    TenantTasks tasks;
    @Autowired
    CaseHistory history;

    /** A phone's screen: the portal is used on phones. */
    @Override
    protected void prepare(WebDriver fresh) {
        fresh.manage().window().setSize(new Dimension(390, 844));
    }

    @Test
    void theMerchantJoinsADistrictSignsItsCommitmentAndAppliesForRepairOfAChosenRecord() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        // provisioning registered the demo merchant's subject in its tenant (tenants' DemoMerchantSubjects)
        SubjectView subject = TenantContext.callAs(HUMEN, () -> subjects.byCode(MERCHANT_SUBJECT)).orElseThrow(() ->
                new AssertionError("the demo merchant's subject was not provisioned"));
        String recordTitle = "逾期未报送年度报告" + marker;
        long record = TenantContext.callAs(HUMEN, () -> archive.addRecord(subject.id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.GENERAL, "市场监督管理局", LocalDate.now().minusMonths(6),
                "《企业信息公示暂行条例》第十条", recordTitle, null), "humen.officer").id());
        String districtName = "虎门国贸中心" + marker;
        String districtId = TenantContext.callAs(HUMEN, () -> districts.create(new NewDistrict(districtName,
                DistrictKind.MALL.name(), "东莞市虎门镇连升路", "诚信经营，明码标价，不售假冒伪劣商品"), "humen.officer").id());

        // a merchant logging in at / lands in its portal, not on an access-denied page
        logIn("humen.merchant", "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/humen/merchant"));
        WebElement grade = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merchant-grade")));
        assertThat(grade.getText()).startsWith("信用等级");
        assertThat(browser.findElement(By.id("merchant-subject")).getText()).isEqualTo(subject.name());
        assertThat(browser.findElement(By.id("merchant-records")).getText()).contains(recordTitle, "公示中");
        assertThat(browser.findElement(By.id("merchant-explanation")).getText()).contains(recordTitle);
        assertPhoneFriendly();
        HeadlessChromium.screenshot(browser, "merchant-home");

        // the officers' task list sends a merchant to its portal
        browser.get(appBase() + "/tenants/humen/tasks");
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/humen/merchant"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merchant-grade")));

        // join the district
        clickPastNotices(By.id("go-district"));
        choose(By.id("district-choice"), districtName);
        wait.until(d -> d.findElement(By.id("district-commitment")).getText().contains("明码标价"));
        browser.findElement(By.cssSelector("#shop-name input")).sendKeys("演示服装商行（国贸店）");
        assertPhoneFriendly();
        HeadlessChromium.screenshot(browser, "merchant-join-district");
        clickPastNotices(By.id("submit-join"));
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/humen/merchant/cases"));
        wait.until(d -> d.findElement(By.id("my-cases")).getText().contains("诚信商圈入驻"));
        HeadlessChromium.screenshot(browser, "merchant-cases");
        CaseSummary membership = newestCase("district-membership");
        assertThat(membership.data()).containsEntry("districtId", districtId).containsEntry("subjectCode", MERCHANT_SUBJECT);

        // its signing step waits on the home page; it signs there
        clickPastNotices(By.id("portal-home-link"));
        String signTask = TenantContext.callAs(HUMEN, () -> tasks.openTasksOfCase(membership.id())).get(0).id();
        WebElement sign = wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-" + signTask)));
        assertThat(sign.getText()).contains("签署诚信经营承诺");
        sign.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("form-submit")));
        browser.findElement(By.cssSelector("#field-signatory input")).sendKeys("王店主");
        // on a phone the date picker opens full screen instead of taking typed text: set it as the picker would
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                browser.findElement(By.id("field-signedOn")), LocalDate.now().toString());
        wait.until(d -> LocalDate.now().toString().equals(
                d.findElement(By.id("field-signedOn")).getDomProperty("value")));
        clickPastNotices(By.id("form-submit"));
        try {
            wait.until(d -> TenantContext.callAs(HUMEN, () -> history.findCase(membership.id()).orElseThrow())
                    .decisions().size() > 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            HeadlessChromium.screenshot(browser, "debug-after-sign");
            throw e;
        }
        wait.until(d -> d.findElements(By.id("sign-" + signTask)).isEmpty());
        assertThat(TenantContext.callAs(HUMEN, () -> history.findCase(membership.id()).orElseThrow()).decisions())
                .anySatisfy(decision -> {
                    assertThat(decision.stepKey()).isEqualTo("sign");
                    assertThat(decision.actor()).isEqualTo("humen.merchant");
                    assertThat(decision.data()).containsEntry("signatory", "王店主");
                });

        // apply for repair, choosing the record
        clickPastNotices(By.id("go-repair"));
        WebElement records = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("repair-records")));
        records.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(box -> box.getText().contains(recordTitle)).findFirst().orElseThrow().click();
        clickPastNotices(By.id("repair-obligations"));
        clickPastNotices(By.id("repair-commitment"));
        browser.findElement(By.cssSelector("#repair-statement textarea")).sendKeys("已补报年度报告并公示。");
        assertPhoneFriendly();
        HeadlessChromium.screenshot(browser, "merchant-repair");
        clickPastNotices(By.id("submit-repair"));
        wait.until(d -> d.getCurrentUrl().endsWith("/tenants/humen/merchant/cases"));
        try {
            wait.until(d -> d.findElement(By.id("my-cases")).getText().contains("信用修复"));
        } catch (org.openqa.selenium.TimeoutException e) {
            HeadlessChromium.screenshot(browser, "debug-cases");
            throw new AssertionError(String.join(" | ", browser.findElement(By.id("my-cases")).getText().lines().limit(5).toList()), e);
        }
        CaseSummary repair = newestCase("credit-repair");
        assertThat(repair.data()).containsEntry("subjectCode", MERCHANT_SUBJECT)
                .containsEntry("recordIds", String.valueOf(record))
                .containsEntry("initiator", "humen.merchant");
    }

    /** One column on a phone: nothing wider than the screen, buttons big enough for a thumb. */
    private void assertPhoneFriendly() {
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        for (WebElement button : browser.findElements(By.cssSelector("vaadin-button[theme~='large']"))) {
            if (button.isDisplayed()) {
                assertThat(button.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            }
        }
    }

    private CaseSummary newestCase(String processKey) {
        return TenantContext.callAs(HUMEN, () -> history.casesAbout(MERCHANT_SUBJECT, 50)).stream()
                .filter(c -> c.processKey().equals(processKey)).findFirst().orElseThrow();
    }

    /** Opens a Vaadin select and picks the item with this text. */
    private void choose(By select, String text) {
        clickPastNotices(select);
        wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.getText().contains(text)));
        WebElement item = browser.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(candidate -> candidate.getText().contains(text)).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
        item.click();
    }
}
