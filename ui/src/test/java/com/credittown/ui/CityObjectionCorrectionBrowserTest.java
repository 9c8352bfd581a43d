package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionOutcome;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
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
 * The city office corrects one of the city's own records on an objection, from the /city/objections page: a city
 * department's record of a fresh subject, an objection raised by changan on the subject's behalf, city.office opens it
 * in the overview, writes the 答复理由 and the corrected title and clicks 异议成立，更正记录; the record is replaced by a
 * corrected one (a record is never changed in place).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class CityObjectionCorrectionBrowserTest extends BrowserJourney {

    private static final TenantId CHANGAN = new TenantId("changan");

    @LocalServerPort
    int port;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditObjections objections;
    @Autowired
    CityWrites city;
    @Autowired
    CityReads cityReads;

    @Test
    void theCityOfficeCorrectsItsOwnRecordFromTheOverview() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        SubjectView subject = TenantContext.callAs(CHANGAN, () -> subjects.register(new NewSubject(
                SubjectKind.MARKET_ENTITY, new UsccGenerator(new Random()).next("441900").value(),
                "东莞市市级异议浏览器测试" + marker + "有限公司", List.of()), "changan.officer"));
        RecordView record = city.write(() -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.GENERAL, "东莞市市场监督管理局", LocalDate.now(), "《企业信息公示暂行条例》第八条",
                "未按规定公示年度报告" + marker, null), "city.office"));
        ObjectionView raised = TenantContext.callAs(CHANGAN, () -> objections.raiseOnBehalf(new CreditObjections.Raise(
                record.id(), ObjectionConcern.RECORD, "年度报告已公示，仅公示日期有误" + marker), "changan.officer"));
        assertThat(raised.ownerTenant()).isNull();

        login("city.office", "/city/objections");
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains("未按规定公示年度报告" + marker) && c.isDisplayed()).findFirst()
                .orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("city-objection-detail-" + raised.id())).getText()
                .contains("仅公示日期有误" + marker));
        type("city-objection-decision-reason", "textarea", "经核查，记录事项有误，予以更正");
        type("city-objection-correct-title", "input", "逾期公示年度报告" + marker);
        HeadlessChromium.screenshot(browser, "objection-city-correct");
        clickPastNotices(By.id("city-objection-correct"));

        ObjectionView decided = wait.until(d -> {
            // read as the raising town (it reads the objections it raised); oneAsCity needs the city office's user
            ObjectionView o = TenantContext.callAs(CHANGAN, () -> objections.one(raised.id()));
            return o.status() == ObjectionStatus.EXAMINING ? null : o;
        });
        assertThat(decided.status()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(decided.outcome()).isEqualTo(ObjectionOutcome.CORRECTED);
        assertThat(decided.correctedRecordId()).isNotNull();
        List<RecordView> records = cityReads.read(() -> archive.archiveOf(subject.id()).records());
        assertThat(records).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(decided.correctedRecordId());
            assertThat(r.title()).isEqualTo("逾期公示年度报告" + marker);
            assertThat(r.ownerTenant()).isNull();
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(record.id());
            assertThat(r.publicityEndReason()).hasToString("REVOKED_ON_OBJECTION");
        });
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
