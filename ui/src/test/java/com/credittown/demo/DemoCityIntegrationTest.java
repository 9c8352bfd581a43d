package com.credittown.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.dashboard.HeatCell;
import com.credittown.workflows.dashboard.OverdueHeatMap;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.Rating;
import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.ledger.LedgerPeriod;
import com.credittown.workflows.ledger.LedgerService;
import com.credittown.workflows.ledger.TenantLedger;
import com.credittown.workflows.notices.PublicNotice;
import com.credittown.workflows.notices.PublicNotices;
import com.credittown.workflows.supervision.SupervisionService;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo city on what README command 1 runs: the embedded H2 database (fresh, in memory), the real engine,
 * Elasticsearch and Keycloak. Off by default (nothing is loaded at start); loaded, it shows a newcomer every process
 * at several steps in several towns, overdue work on the city's heat map, non-zero dashboard figures, public notices
 * with an objection and rated districts, all through the services the pages use; a second load adds nothing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:credittown-demo;DB_CLOSE_DELAY=-1",
        // the demo's own search indices, so its documents never mix with another test database's
        "credittown.search.index-prefix=credittown-demo-test${CT_TEST_DB_SUFFIX:}",
        "credittown.demo.timer-wait=90s"})
class DemoCityIntegrationTest {

    @Autowired
    DemoLoader loader;
    @Autowired
    com.credittown.platform.credit.severelist.SevereList severeList;
    @Autowired
    DemoDataset dataset;
    @Autowired
    CaseService cases;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    OverdueHeatMap heatMap;
    @Autowired
    LedgerService ledgers;
    @Autowired
    PublicNotices notices;
    @Autowired
    DistrictService districts;
    @Autowired
    KeyTaskLedger keyTasks;
    @Autowired
    SupervisionService supervision;
    @Autowired
    PlatformClock clock;

    @Test
    void aNewcomerSeesEveryProcessAtSeveralStepsOverdueWorkAndFiguresAndASecondLoadAddsNothing() {
        // off by default: the application started without loading it
        assertThat(dataset.present()).isFalse();

        DemoReport report = loader.load();

        assertThat(report.loaded()).isTrue();
        assertThat(dataset.state()).contains("LOADED");
        assertThat(report.counts()).containsKeys("subjects", "credit records", "双公示 entries", "commitments", "star nominations",
                "member shops", "repair applications", "rectification cases", "key tasks", "supervision notices");

        // the officers' inboxes: every process at several steps, in several towns
        Map<String, Set<String>> humen = openSteps("humen");
        assertThat(humen.get("credit-commitment")).contains("sign", "verify");
        assertThat(humen.get("integrity-star")).contains("townReview", "answerObjections", "cityConfirmation");
        assertThat(humen.get("district-membership")).contains("sign", "inspect");
        assertThat(humen.get("credit-repair")).contains("accept", "departmentReview", "requestExtension");
        assertThat(humen.get("government-rectification")).contains("plan");
        assertThat(humen.get("city-supervision")).contains("handle");
        Map<String, Set<String>> changan = openSteps("changan");
        assertThat(changan.get("government-rectification")).contains("evidence", "verify");
        assertThat(changan.get("credit-repair")).contains("accept");
        assertThat(changan.get("integrity-star")).contains("townReview");
        assertThat(openSteps("songshanhu").get("credit-commitment")).contains("verify");
        assertThat(openSteps("wanjiang")).isEmpty();

        // overdue work on the city's heat map, by the city calendar's working days
        List<HeatCell> cells = heatMap.cells();
        assertThat(cells).extracting(HeatCell::tenant).contains("humen", "changan");
        assertThat(cells).filteredOn(cell -> cell.tenant().equals("humen")).extracting(HeatCell::processKey)
                .contains("credit-repair", "credit-commitment", "district-membership");
        assertThat(cells).allSatisfy(cell -> assertThat(cell.maxDaysOverdue()).isPositive());
        // the rectification past its plan deadline: the engine's timer escalated it (催办, with a new deadline)
        LedgerPeriod month = LedgerPeriod.parse(YearMonth.now(clock).toString());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(ledgerOf("humen", month).rectifications().overdueAtEnd()).isEqualTo(1));

        // the dashboard's figures for this month (the period it opens with) are not zero
        TenantLedger humenLedger = ledgerOf("humen", month);
        assertThat(humenLedger.repairs().received()).isPositive();
        assertThat(humenLedger.starsSelected()).isEqualTo(1);
        assertThat(humenLedger.rectifications().openAtEnd()).isPositive();
        assertThat(humenLedger.districts().memberShopsAtEnd()).isEqualTo(6);
        assertThat(humenLedger.districts().shopsRed()).isPositive();
        assertThat(humenLedger.districts().shopsGreen()).isPositive();
        assertThat(humenLedger.supervision().openAtEnd()).isPositive();
        assertThat(humenLedger.keyTasks().assigned()).isEqualTo(2);
        assertThat(ledgerOf("changan", month).keyTasks().overdue()).isPositive();
        assertThat(ledgerOf("changan", month).severeDishonesty().atEnd()).isEqualTo(1);
        assertThat(ledgers.ofCity(month).total().commitments().signed()).isPositive();
        // 双公示: today's decisions are in this month's compliant rate
        assertThat(humenLedger.doublePublicity().total()).isPositive();
        assertThat(ledgers.ofCity(month).total().doublePublicity().onTime()).isPositive();
        assertThat(keyTasks.all()).extracting(task -> task.title()).allMatch(title -> title.contains("（演示）"));
        assertThat(supervision.sent("changan")).singleElement()
                .satisfies(notice -> assertThat(notice.dueDate()).isBefore(java.time.LocalDate.now(clock)));

        // the public notices: a star in publicity with its objection, commitments, districts with rated shops
        List<PublicNotice> stars = as("humen", notices::starsInPublicity);
        assertThat(stars).extracting(PublicNotice::subjectName).contains("东莞市虎门镇（演示）沙角海鲜酒楼");
        assertThat(as("humen", notices::commitmentsSigned)).isNotEmpty();
        assertThat(as("humen", () -> districts.list())).hasSize(2)
                .allSatisfy(district -> assertThat(district.name()).contains("（演示）"));
        assertThat(as("wanjiang", () -> districts.list())).singleElement().satisfies(district ->
                assertThat(as("wanjiang", () -> districts.shopsOf(district.id()))).extracting(shop -> shop.rating())
                        .contains(Rating.GREEN));

        // the archive: marked as demo, the severe case graded D wherever it is read
        assertThat(as("humen", () -> registry.byCode(codeOf("恒发五金"))))
                .get().satisfies(subject -> {
                    assertThat(subject.grade()).isEqualTo(Grade.D);
                    assertThat(subject.name()).contains("（演示）");
                    assertThat(subject.tags()).contains(DemoSubjects.TAG);
                });

        // the severe-dishonesty list: 长安's firm included by the city office, on the public list
        assertThat(severeList.publicList()).singleElement().satisfies(listing -> {
            assertThat(listing.subjectName()).contains("恒发五金");
            assertThat(listing.tenant()).isEqualTo("changan");
            assertThat(listing.listedFrom()).isEqualTo(java.time.LocalDate.now(clock));
        });

        // a second load (a restart) adds nothing
        long openTasks = as("humen", cases::countOpenTasks);
        long subjects = as("humen", () -> registry.candidates("（演示）", 100)).size();

        DemoReport again = loader.load();

        assertThat(again.loaded()).isFalse();
        assertThat(as("humen", cases::countOpenTasks)).isEqualTo(openTasks);
        assertThat(as("humen", () -> registry.candidates("（演示）", 100))).hasSize((int) subjects);
        assertThat(dataset.state()).contains("LOADED");
    }

    private Map<String, Set<String>> openSteps(String tenant) {
        List<WorkTask> tasks = as(tenant, () -> cases.openTasks(0, 500));
        return tasks.stream().collect(Collectors.groupingBy(WorkTask::processKey, TreeMap::new,
                Collectors.mapping(WorkTask::stepKey, Collectors.toCollection(TreeSet::new))));
    }

    private TenantLedger ledgerOf(String tenant, LedgerPeriod period) {
        return ledgers.ofTenant(new TenantId(tenant), period);
    }

    private String codeOf(String namePart) {
        return as("changan", () -> registry.candidates(namePart, 5)).get(0).code();
    }

    private static <T> T as(String tenant, Callable<T> work) {
        return TenantContext.callAs(new TenantId(tenant), work);
    }
}
