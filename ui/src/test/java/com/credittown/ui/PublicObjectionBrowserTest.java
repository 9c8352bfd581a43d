package com.credittown.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.NominationStatus;
import com.credittown.workflows.star.StarObjection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * An anonymous visitor files an objection on humen's public notices while a star is in publicity; when the period
 * has passed, humen.officer answers it in the task list. The public district page lists an admitted shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class PublicObjectionBrowserTest extends BrowserJourney {

    private static final TenantId HUMEN = new TenantId("humen");
    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @LocalServerPort
    int port;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CaseService cases;
    @Autowired
    IntegrityStarSelection stars;
    @Autowired
    DistrictService districts;
    @Autowired
    PlatformClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aVisitorObjectsDuringThePublicityAndTheOfficerAnswersInTheTaskList() {
        SubjectView subject = subject("东莞市虎门镇公示候选");
        String caseId = starInPublicity(subject);

        browser.get("http://localhost:" + port + "/public");
        clickPastNotices(By.id("public-tenant-humen"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("object-" + caseId)));
        assertThat(browser.findElement(By.id("public-stars")).getText()).contains(subject.name(), subject.code());
        HeadlessChromium.screenshot(browser, "public-notices");

        clickPastNotices(By.id("object-" + caseId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#objection-name input")))
                .sendKeys("李四");
        browser.findElement(By.cssSelector("#objection-contact input")).sendKeys("13800000000");
        // markup is refused on the field, and nothing is stored
        browser.findElement(By.cssSelector("#objection-text textarea")).sendKeys("<script>alert('x')</script>");
        clickPastNotices(By.id("objection-submit"));
        wait.until(d -> "true".equals(d.findElement(By.id("objection-text")).getDomProperty("invalid")));
        assertThat(browser.findElement(By.id("objection-text")).getDomProperty("errorMessage"))
                .isEqualTo("不得包含 HTML 或脚本");
        assertThat(TenantContext.callAs(HUMEN, () -> stars.objectionsOf(caseId))).isEmpty();

        String text = "该企业标价 < 实际售价 & 存在\"假货\"投诉，请核实。";
        WebElement area = browser.findElement(By.cssSelector("#objection-text textarea"));
        area.clear();
        area.sendKeys(text);
        HeadlessChromium.screenshot(browser, "public-objection");
        clickPastNotices(By.id("objection-submit"));
        wait.until(d -> !TenantContext.callAs(HUMEN, () -> stars.objectionsOf(caseId)).isEmpty());
        StarObjection filed = TenantContext.callAs(HUMEN, () -> stars.objectionsOf(caseId)).get(0);
        assertThat(filed.text()).isEqualTo(text);
        assertThat(filed.objectorName()).isEqualTo("李四");
        assertThat(browser.findElement(By.id("public-stars")).getText()).doesNotContain("13800000000");

        // the seven days pass: the case waits for the answer
        var closes = TenantContext.callAs(HUMEN, () -> stars.nomination(caseId)).publicityClosesAt();
        clock.moveTo(closes.plusSeconds(1));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> TenantContext.callAs(HUMEN,
                () -> stars.nomination(caseId)).status() == NominationStatus.OBJECTIONS_PENDING);
        clock.reset();
        String taskId = TenantContext.callAs(HUMEN, () -> cases.openTasks(0, 500)).stream()
                .filter(task -> task.caseId().equals(caseId)).map(WorkTask::id).findFirst().orElseThrow();

        login("humen.officer", "/tenants/humen/tasks");
        clickPastNotices(By.id("handle-" + taskId));
        WebElement objection = wait.until(ExpectedConditions.presenceOfElementLocated(By.className("objection-text")));
        // what the visitor typed is shown as text, not interpreted
        assertThat(objection.getText()).isEqualTo(text);
        assertThat(browser.findElement(By.id("objections-panel")).getText()).contains("李四", "13800000000");
        clickPastNotices(By.id("field-objectionOutcome"));
        wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .anyMatch(item -> item.getText().contains("异议不成立")));
        browser.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(item -> item.getText().contains("异议不成立")).findFirst().orElseThrow().click();
        browser.findElement(By.cssSelector("#field-objectionConclusion textarea")).sendKeys("异议不成立，报市信用办确认");
        // concluding before the objection is answered is refused with the reason, and the form stays open
        clickPastNotices(By.id("form-submit"));
        wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().startsWith("操作未执行")));
        assertThat(TenantContext.callAs(HUMEN, () -> stars.nomination(caseId)).status())
                .isEqualTo(NominationStatus.OBJECTIONS_PENDING);
        browser.findElement(By.cssSelector("#field-objectionAnswer textarea")).sendKeys("经市场监管部门核实，未发现售假。");
        HeadlessChromium.screenshot(browser, "officer-answers-objection");
        clickPastNotices(By.id("form-submit"));

        wait.until(d -> TenantContext.callAs(HUMEN, () -> stars.nomination(caseId)).status()
                == NominationStatus.CITY_REVIEW);
        assertThat(TenantContext.callAs(HUMEN, () -> stars.objectionsOf(caseId))).singleElement().satisfies(o -> {
            assertThat(o.answer()).isEqualTo("经市场监管部门核实，未发现售假。");
            assertThat(o.answeredBy()).isEqualTo("humen.officer");
        });
    }

    @Test
    void thePublicDistrictPageListsAnAdmittedShopWithItsListingCode() {
        String districtName = "虎门万达广场" + UUID.randomUUID().toString().substring(0, 6);
        String districtId = TenantContext.callAs(HUMEN, () -> districts.create(new NewDistrict(districtName,
                DistrictKind.MALL.name(), "东莞市虎门镇虎门大道", "诚信经营，明码标价"), "humen.officer").id());
        String shop = "诚信茶行" + UUID.randomUUID().toString().substring(0, 6);
        SubjectView subject = subject("东莞市虎门镇茶行");
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("district-membership", "humen.officer", Map.of(
                "districtId", districtId, "shopName", shop, "subjectCode", subject.code())));
        complete(caseId, Map.of("signatory", "陈店主", "signedOn", LocalDate.now().toString()));
        complete(caseId, Map.of("outcome", "passed", "findings", "证照齐全，明码标价"));
        String listing = TenantContext.callAs(HUMEN, () -> districts.shopsOf(districtId)).get(0).listingCode();

        browser.get("http://localhost:" + port + "/public/tenants/humen");
        WebElement link = wait.until(d -> d.findElements(By.className("public-district")).stream()
                .filter(a -> a.getText().equals(districtName)).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(d -> cellTexts().contains(shop));
        assertThat(cellTexts()).contains(listing);
        HeadlessChromium.screenshot(browser, "public-district-shops");
    }

    private List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    private String starInPublicity(SubjectView subject) {
        String round = TenantContext.callAs(HUMEN, () -> stars.openRound("浏览器公示-"
                + UUID.randomUUID().toString().substring(0, 8), "humen.officer").id());
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start(IntegrityStarSelection.PROCESS_KEY,
                "humen.officer", Map.of("roundId", round, "subjectCode", subject.code(), "subjectName", subject.name(),
                        "nominatedBy", "town", "reasons", "守法经营十年，无投诉。")));
        complete(caseId, Map.of("townDecision", "approve", "townOpinion", "同意推荐"));
        return caseId;
    }

    private void complete(String caseId, Map<String, ?> data) {
        TenantContext.callAs(HUMEN, () -> {
            WorkTask task = cases.openTasks(0, 500).stream().filter(t -> t.caseId().equals(caseId)).findFirst()
                    .orElseThrow();
            cases.complete(task.id(), "humen.officer", data);
            return null;
        });
    }

    private SubjectView subject(String prefix) {
        return TenantContext.callAs(HUMEN, () -> subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), prefix + UUID.randomUUID().toString().substring(0, 6) + "有限公司",
                List.of()), "humen.officer"));
    }


    private void login(String username, String path) {
        RealKeycloak.logIn(browser, wait, "http://localhost:" + port, username, path);
    }
}
