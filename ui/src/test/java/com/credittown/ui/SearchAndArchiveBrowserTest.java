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
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.cases.CaseService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer searches a part of a Chinese company name in the global search box (real Elasticsearch),
 * opens the subject's archive, and sees its grade, the explanation and the records; the city office sees the
 * grouped results (subjects with their records, cases, shops) of every tenant, an officer only his own tenant's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
class SearchAndArchiveBrowserTest extends BrowserJourney {

    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CaseService cases;

    private static final TenantId HUMEN = new TenantId("humen");
    private static final TenantId CHANGAN = new TenantId("changan");

    @Test
    void officerFindsASubjectByPartOfItsNameAndReadsItsArchive() {
        String marker = Integer.toString(new Random().nextInt(900_000) + 100_000);
        String name = "东莞市虎门镇搜索" + marker + "号服装有限公司";
        SubjectView subject = TenantContext.callAs(new TenantId("humen"), () -> transactions.execute(tx -> {
            SubjectView registered = subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    new UsccGenerator(new Random()).next("441900").value(), name, List.of()), "humen.officer");
            archive.addRecord(registered.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.GENERAL,
                    "市场监督管理局", LocalDate.now().minusDays(5), "《产品质量法》第四十九条", "销售不合格产品", null),
                    "humen.officer");
            return registered;
        }));

        logIn("humen.officer", "/tenants/humen/tasks");
        WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#global-search input")));
        // indexing goes through the outbox: search again until the subject has arrived
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            WebElement box = d.findElement(By.cssSelector("#global-search input"));
            box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "搜索" + marker, Keys.ENTER);
            return wait.withTimeout(Duration.ofSeconds(5)).until(x -> !x.findElements(By.id("search-results")).isEmpty())
                    && d.findElements(By.className("search-hit")).stream().anyMatch(e -> e.getText().equals(name));
        });
        assertThat(search).isNotNull();

        browser.findElements(By.className("search-hit")).stream().filter(e -> e.getText().equals(name))
                .findFirst().orElseThrow().click();

        WebElement grade = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-grade")));
        wait.until(d -> grade.getText().contains("信用等级"));
        assertThat(browser.getCurrentUrl()).endsWith("/tenants/humen/subjects/" + subject.id());
        assertThat(grade.getText()).contains("85 分");
        assertThat(cellTexts()).contains("销售不合格产品", "《产品质量法》第四十九条", "公示中", "失信记录");
    }

    @Test
    void theCityOfficeSeesGroupedResultsOfEveryTenantAndAnOfficerOnlyHisOwn() {
        String marker = "分组" + (new Random().nextInt(900_000) + 100_000) + "号";
        UsccGenerator codes = new UsccGenerator(new Random());
        String humenName = "东莞市虎门镇" + marker + "贸易有限公司";
        String changanName = "东莞市长安镇" + marker + "贸易有限公司";
        SubjectView humen = register(HUMEN, humenName, codes, "未按规定公示年报" + marker);
        register(CHANGAN, changanName, codes, null);
        String caseId = TenantContext.callAs(HUMEN, () -> cases.start("credit-commitment", "humen.officer", Map.of(
                "subjectCode", humen.code(), "subjectName", humenName, "commitmentType", "voluntary",
                "commitmentText", "承诺守法诚信经营。")));

        logIn("city.office", "/tenants/humen/tasks");
        // indexing goes through the outbox: search again until every group has arrived
        wait.withTimeout(Duration.ofSeconds(90)).until(d -> {
            d.get(appBase() + "/search?q=" + marker);
            wait.withTimeout(Duration.ofSeconds(10)).until(x -> !x.findElements(By.id("search-group-shops")).isEmpty());
            return hits(d, "subjects").size() == 2 && hits(d, "records").size() == 1 && hits(d, "cases").size() == 1;
        });
        HeadlessChromium.screenshot(browser, "search-grouped");

        assertThat(hits(browser, "subjects")).extracting(WebElement::getText)
                .containsExactlyInAnyOrder(humenName, changanName);
        assertThat(lines("subjects")).anyMatch(line -> line.contains(changanName) && line.contains("长安镇"))
                .anyMatch(line -> line.contains(humenName) && line.contains("虎门镇"));
        assertThat(hits(browser, "records")).singleElement().satisfies(record -> {
            assertThat(record.getText()).isEqualTo("未按规定公示年报" + marker);
            assertThat(record.getAttribute("href")).endsWith("/tenants/humen/subjects/" + humen.id());
        });
        assertThat(hits(browser, "cases")).singleElement().satisfies(found -> {
            assertThat(found.getText()).contains("信用承诺").contains(humenName);
            assertThat(found.getAttribute("href")).endsWith("/tenants/humen/cases/" + caseId);
        });
        assertThat(lines("cases")).singleElement().satisfies(line -> assertThat(line).contains("办理中", "虎门镇"));

        // one archive for the city: a humen officer finds both towns' companies, but only humen's case
        restartBrowser();
        logIn("humen.officer", "/tenants/humen/tasks");
        for (String address : List.of("/tenants/humen/search?q=" + marker, "/search?q=" + marker)) {
            browser.get(appBase() + address);
            wait.until(d -> hits(d, "subjects").size() == 2 && hits(d, "cases").size() == 1);
            assertThat(hits(browser, "subjects")).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder(humenName, changanName);
            assertThat(hits(browser, "cases")).singleElement()
                    .satisfies(found -> assertThat(found.getText()).contains(humenName));
        }
        // and another town's pages stay closed, whatever the address says
        browser.get(appBase() + "/tenants/changan/search?q=" + marker);
        wait.until(d -> !d.findElements(By.tagName("body")).isEmpty());
        assertThat(browser.findElements(By.className("search-hit"))).isEmpty();
    }

    /**
     * Issue #12's story in the UI: 长安 records a severe penalty for a company; a 虎门 officer finds it by its code in
     * the search box and reads, on the archive page, grade D and 长安's penalty, recorded by 长安.
     */
    @Test
    void aHumenOfficerFindsThePenaltyChanganRecordedAndGradeD() {
        UsccGenerator codes = new UsccGenerator(new Random());
        String code = codes.next("441900").value();
        String name = "东莞市长安镇处罚" + (new Random().nextInt(900_000) + 100_000) + "号电子有限公司";
        SubjectView subject = TenantContext.callAs(CHANGAN, () -> transactions.execute(tx -> {
            SubjectView registered = subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, name,
                    List.of()), "changan.officer");
            archive.addRecord(registered.id(), new RecordDetails(RecordKind.PENALTY, Severity.SEVERE,
                    "东莞市市场监督管理局长安分局", LocalDate.now().minusDays(3),
                    "《中华人民共和国食品安全法》第一百二十四条", "生产经营超范围使用食品添加剂的食品", null),
                    "changan.officer");
            return registered;
        }));

        logIn("humen.officer", "/tenants/humen/tasks");
        wait.withTimeout(Duration.ofSeconds(60)).until(d -> {
            d.get(appBase() + "/tenants/humen/search?q=" + code);
            wait.withTimeout(Duration.ofSeconds(10)).until(x -> !x.findElements(By.id("search-group-shops")).isEmpty());
            return hits(d, "subjects").stream().anyMatch(e -> e.getText().equals(name));
        });
        hits(browser, "subjects").stream().filter(e -> e.getText().equals(name)).findFirst().orElseThrow().click();

        WebElement grade = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-grade")));
        wait.until(d -> grade.getText().contains("信用等级"));
        assertThat(browser.getCurrentUrl()).endsWith("/tenants/humen/subjects/" + subject.id());
        assertThat(grade.getText()).contains("信用等级 D");
        wait.until(d -> cellTexts().contains("生产经营超范围使用食品添加剂的食品"));
        assertThat(cellTexts()).contains("行政处罚", "东莞市市场监督管理局长安分局", "长安镇", "公开信息", "公示中");
        HeadlessChromium.screenshot(browser, "archive-city-wide");
    }

    private SubjectView register(TenantId tenant, String name, UsccGenerator codes, String recordTitle) {
        return TenantContext.callAs(tenant, () -> transactions.execute(tx -> {
            SubjectView registered = subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    codes.next("441900").value(), name, List.of()), tenant.code() + ".officer");
            if (recordTitle != null) {
                archive.addRecord(registered.id(), new RecordDetails(RecordKind.PENALTY, Severity.MINOR,
                        "市场监督管理局", LocalDate.now().minusDays(3), "《企业信息公示暂行条例》", recordTitle, null),
                        tenant.code() + ".officer");
            }
            return registered;
        }));
    }

    private static List<WebElement> hits(org.openqa.selenium.SearchContext page, String group) {
        return page.findElements(By.cssSelector("#search-group-" + group + " .search-hit"));
    }

    private List<String> lines(String group) {
        return browser.findElements(By.cssSelector("#search-group-" + group + " .search-line")).stream()
                .map(WebElement::getText).toList();
    }

    private List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }
}
