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
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.ListingStatus;
import com.credittown.platform.credit.severelist.RemovalReason;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two subjects that changan proposed and the city office included: one under an objection (异议申诉) examined now, one
 * whose grounds the city office corrects. city.office sees the first marked 异议处理中 on /city/severe-list (no
 * correction form, the objection decides) and corrects the second there; the public page shows the corrected entry
 * and not the one under objection (its effect is suspended, the default setting); changan.officer sees the mark on
 * /tenants/changan/severe-list. Both leave the list at the end (the test database is shared by later tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class SevereListCorrectionBrowserTest extends BrowserJourney {

    private static final TenantId CHANGAN = new TenantId("changan");
    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    SevereList list;
    @Autowired
    CreditObjections objections;

    @Test
    void theCityMarksAnEntryUnderObjectionAndCorrectsAnotherThePublicSeesTheCorrection() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        ListEntryView objected = listed("东莞市名单异议标注" + marker + "有限公司", "拖欠农民工工资" + marker);
        ListEntryView corrected = listed("东莞市名单更正" + marker + "有限公司", "拖欠农民工工资数额巨大" + marker);
        ObjectionView objection = TenantContext.callAs(CHANGAN, () -> objections.raiseOnBehalf(
                new CreditObjections.Raise(objected.recordId(), ObjectionConcern.RECORD, "工资已于列入前付清" + marker),
                "changan.officer"));
        try {
            journey(objected, corrected, marker);
        } finally {
            objections.decideAsCity(objection.id(), new CreditObjections.Decision(true, "测试结束，撤销", null, null),
                    ObjectionExaminer.background("test-cleanup"));
            list.remove(corrected.id(), RemovalReason.DECISION_REVOKED, "测试结束，撤销", "city.office");
        }
    }

    /**
     * An objection to a listed entry upheld in part, from /city/objections: city.office opens the objection, corrects
     * the entry's grounds (更正名单信息) with the answer's reason; the objection reads 异议成立 · 更正名单信息, the entry
     * stays listed with the corrected grounds on a new record, and the public page shows the corrected entry.
     */
    @Test
    void theCityCorrectsAListedEntryFromTheObjectionsPage() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        ListEntryView entry = listed("东莞市异议更正名单" + marker + "有限公司", "拖欠农民工工资数额巨大" + marker);
        ObjectionView objection = TenantContext.callAs(CHANGAN, () -> objections.raiseOnBehalf(
                new CreditObjections.Raise(entry.recordId(), ObjectionConcern.RECORD, "拖欠数额表述有误" + marker),
                "changan.officer"));
        try {
            login("city.office", "/city/objections");
            openObjection(entry);
            String grounds = "拖欠农民工工资，经责令限期支付仍有部分未支付" + marker;
            type("city-objection-decision-reason", "textarea", "经核查，拖欠数额表述有误，更正名单信息");
            type("city-objection-list-correct-grounds", "textarea", grounds);
            HeadlessChromium.screenshot(browser, "objection-city-correct-list-entry");
            clickPastNotices(By.id("city-objection-list-correct"));

            // the officer sees the objection closed as corrected
            wait.until(d -> d.findElements(By.id("city-objection-detail-" + objection.id())).isEmpty());
            openObjection(entry);
            String detail = wait.until(d -> {
                String text = d.findElement(By.id("city-objection-detail-" + objection.id())).getText();
                return text.contains("异议成立") ? text : null;
            });
            assertThat(detail).contains("更正名单信息", "经核查，拖欠数额表述有误");
            assertThat(browser.findElements(By.id("city-objection-list-correct"))).isEmpty();

            ListEntryView after = list.all(ListingStatus.LISTED).stream().filter(e -> e.id() == entry.id())
                    .findFirst().orElseThrow();
            assertThat(after.grounds()).isEqualTo(grounds);
            assertThat(after.recordId()).isNotEqualTo(entry.recordId());
            assertThat(after.underObjection()).isFalse();

            browser.get(appBase() + "/public/severe-list");
            WebElement shown = wait.until(d -> {
                WebElement entries = d.findElement(By.id("public-severe-list"));
                return entries.getText().contains(entry.subjectCode()) ? entries : null;
            });
            assertThat(shown.getText()).contains(grounds).doesNotContain("拖欠农民工工资数额巨大" + marker);
        } finally {
            if (TenantContext.callAs(CHANGAN, () -> objections.one(objection.id())).status()
                    == ObjectionStatus.EXAMINING) {
                objections.decideAsCity(objection.id(), new CreditObjections.Decision(true, "测试结束，撤销", null,
                        null), ObjectionExaminer.background("test-cleanup"));
            } else {
                list.remove(entry.id(), RemovalReason.DECISION_REVOKED, "测试结束，撤销", "city.office");
            }
        }
    }

    /** Opens the objection about the entry in the city office's grid (its row found by the subject's code). */
    private void openObjection(ListEntryView entry) {
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(entry.subjectCode()) && c.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
    }

    private void journey(ListEntryView objected, ListEntryView corrected, String marker) {
        login("city.office", "/city/severe-list");
        open(objected);
        wait.until(d -> d.findElement(By.id("severe-list-detail")).getText().contains("已列入 · 异议处理中"));
        assertThat(browser.findElement(By.id("severe-list-under-objection")).getText()).contains("异议申诉");
        assertThat(browser.findElements(By.id("severe-list-correct"))).isEmpty();
        HeadlessChromium.screenshot(browser, "severe-list-under-objection");

        open(corrected);
        String grounds = "拖欠农民工工资，经责令限期支付仍有部分未支付" + marker;
        wait.until(d -> d.findElement(By.id("severe-list-detail")).getText().contains("更正名单信息"));
        type("severe-list-correct-grounds", "textarea", grounds);
        type("severe-list-correct-reason", "textarea", "经复核，拖欠情形表述有误，予以更正");
        HeadlessChromium.screenshot(browser, "severe-list-city-correct");
        clickPastNotices(By.id("severe-list-correct"));
        ListEntryView after = wait.until(d -> list.all(ListingStatus.LISTED).stream()
                .filter(e -> e.id() == corrected.id() && grounds.equals(e.grounds())).findFirst().orElse(null));
        assertThat(after.recordId()).isNotEqualTo(corrected.recordId());
        assertThat(after.correctedBy()).isEqualTo("city.office");

        // the public page: the corrected entry with its correction day; the one under objection is off the list
        browser.get(appBase() + "/public/severe-list");
        WebElement shown = wait.until(d -> {
            WebElement entries = d.findElement(By.id("public-severe-list"));
            return entries.getText().contains(corrected.subjectCode()) ? entries : null;
        });
        assertThat(shown.getText()).contains(grounds, "已于 " + LocalDate.now() + " 更正")
                .doesNotContain("拖欠农民工工资数额巨大" + marker).doesNotContain(objected.subjectCode());
        HeadlessChromium.screenshot(browser, "severe-list-public-corrected");

        // the proposing town's officer sees the mark on its list
        restartBrowser();
        login("changan.officer", "/tenants/changan/severe-list");
        WebElement listedGrid = wait.until(d -> {
            WebElement grid = d.findElement(By.id("severe-list-listed"));
            return grid.getText().contains(objected.subjectCode()) ? grid : null;
        });
        assertThat(listedGrid.getText()).contains("已列入 · 异议处理中");
    }

    /** A fresh subject with a severe record of changan's, proposed, notified, stated on and included. */
    private ListEntryView listed(String name, String grounds) {
        String code = CODES.next("441900").value();
        SubjectView subject = TenantContext.callAs(CHANGAN, () -> subjects.register(new NewSubject(
                SubjectKind.MARKET_ENTITY, code, name, List.of()), "changan.officer"));
        RecordView record = TenantContext.callAs(CHANGAN, () -> archive.addRecord(subject.id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.SEVERE, "人力资源和社会保障局", LocalDate.now(),
                "《保障农民工工资支付条例》第四十八条", "拖欠农民工工资", null), "changan.officer"));
        ListEntryView proposal = TenantContext.callAs(CHANGAN, () -> list.propose(new SevereList.Proposal(
                subject.id(), List.of(record.id()), "长安镇人力资源和社会保障分局", grounds,
                "《社会保险领域严重失信主体名单管理办法》"), "changan.officer"));
        TenantContext.callAs(CHANGAN, () -> list.serveNotice(proposal.id(), "changan.officer"));
        TenantContext.callAs(CHANGAN, () -> as("changan.merchant", "changan", Roles.MERCHANT, code,
                () -> list.submitStatement(proposal.id(), "请求不予列入", "changan.merchant")));
        return list.decide(proposal.id(), new SevereList.Decision(true, "陈述申辩理由不成立", null), "city.office");
    }

    /** Runs the work as a signed-in user (the steps that are a user's own: a merchant's statement, the examiner). */
    private static <T> T as(String username, String tenant, String role, String subjectCode, Supplier<T> work) {
        Jwt.Builder jwt = Jwt.withTokenValue("test").header("alg", "none").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(role)));
        if (tenant != null) {
            jwt.claim("organization", List.of(tenant));
        }
        if (subjectCode != null) {
            jwt.claim("subject_code", subjectCode);
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt.build()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Opens the entry in the city office's grid (its row found by the subject's code) and waits for its detail. */
    private void open(ListEntryView entry) {
        WebElement row = wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(entry.subjectCode()) && c.isDisplayed()).findFirst().orElse(null));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", row);
        wait.until(d -> d.findElement(By.id("severe-list-detail")).getText().contains("第 " + entry.id() + " 号"));
    }

    private void login(String username, String path) {
        RealKeycloak.logIn(browser, wait, appBase(), username, path);
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
