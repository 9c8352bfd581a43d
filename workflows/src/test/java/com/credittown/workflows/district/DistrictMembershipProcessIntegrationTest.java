package com.credittown.workflows.district;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.template.TemplateLibrary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/**
 * The district-membership process (诚信商圈入驻) and the supervision that follows it, on the real engine and
 * PostgreSQL, with the engine clock moved across the 2025 calendar.
 */
@SpringBootTest
@Import(DistrictMembershipProcessIntegrationTest.RemovalListener.class)
class DistrictMembershipProcessIntegrationTest {

    private static final String PROCESS = "district-membership";
    private static final ZoneOffset CITY = ZoneOffset.ofHours(8);
    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final String COMMITMENT = "本店承诺：明码标价、货真价实、诚信经营，接受消费者和市场监管部门监督。";

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CaseService cases;
    @Autowired
    DistrictService districts;
    @Autowired
    ShopSupervision supervision;
    @Autowired
    MembershipApplications applications;
    @Autowired
    DistrictShops shops;
    @Autowired
    CreditSubjectRegistry subjects;
    @Autowired
    CreditArchive archive;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    DistrictRatingJob ratingJob;
    @Autowired
    RemovalListener removals;
    @Autowired
    TemplateLibrary library;
    @Autowired
    DistrictCensus census;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void applySignCreditCheckInspectAdmitsTheShopWithAListingCode() {
        clock.moveTo(at(2025, 9, 26, 10));
        District district = create(HUMEN, "国贸中心", "MALL");
        String code = CODES.next("441900").value();

        String caseId = as(HUMEN, () -> cases.start(PROCESS, "officer-a", apply(district, "国贸中心一号茶餐厅", code)));

        WorkTask sign = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(sign.stepKey()).isEqualTo("sign");
        assertThat(sign.formKey()).isEqualTo("district-sign");
        // the commitment shown to the merchant is the district's own
        assertThat(sign.caseData()).containsEntry("districtCommitmentText", COMMITMENT)
                .containsEntry("districtName", district.name());
        complete(HUMEN, sign, Map.of("signatory", "陈店长", "signedOn", "2025-09-26"));

        // 10 working days after Friday 2025-09-26: Sun 28 Sep (调休) 1, 29 Sep 2, 30 Sep 3, the National Day
        // holiday 1-8 Oct does not count, 9 Oct 4, 10 Oct 5, Sat 11 Oct (调休) 6, 13-16 Oct 7-10: Thursday 16 Oct.
        WorkTask inspect = as(HUMEN, () -> onlyTaskOf(caseId));
        assertThat(inspect.stepKey()).isEqualTo("inspect");
        assertThat(inspect.dueAt()).isEqualTo(at(2025, 10, 17, 0));
        MembershipApplication inspecting = as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow());
        assertThat(inspecting.status()).isEqualTo(MembershipStatus.INSPECTION);
        assertThat(inspecting.inspectionDue()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(inspecting.commitmentText()).isEqualTo(COMMITMENT);
        // an unregistered subject is registered as a market entity by the credit check
        assertThat(as(HUMEN, () -> subjects.byCode(code))).get()
                .satisfies(subject -> assertThat(subject.kind()).isEqualTo(SubjectKind.MARKET_ENTITY));

        complete(HUMEN, inspect, Map.of("outcome", "passed", "findings", "证照齐全，明码标价"));

        MembershipApplication admitted = as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow());
        assertThat(admitted.status()).isEqualTo(MembershipStatus.ADMITTED);
        DistrictShop shop = as(HUMEN, () -> shops.findByCaseId(caseId).orElseThrow());
        assertThat(shop.id()).isEqualTo(admitted.shopId());
        assertThat(shop.status()).isEqualTo(ShopStatus.MEMBER);
        assertThat(shop.districtId()).isEqualTo(district.id());
        assertThat(shop.subjectCode()).isEqualTo(code);
        assertThat(shop.rating()).isEqualTo(Rating.GREEN);
        assertThat(shop.admittedAt()).isEqualTo(at(2025, 9, 26, 10));
        assertThat(shop.listingCode()).matches("[A-Za-z0-9_-]{22}");
        assertThat(as(HUMEN, () -> districts.shopsOf(district.id()))).extracting(DistrictShop::id)
                .containsExactly(shop.id());
        assertThat(as(HUMEN, () -> cases.caseById(caseId))).satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.data()).containsEntry("listingCode", shop.listingCode());
        });
        // the signed commitment is in the subject's credit archive
        assertThat(as(HUMEN, () -> archive.archiveOf(admitted.subjectId()).records()))
                .filteredOn(r -> r.kind() == RecordKind.COMMITMENT).extracting(RecordView::title)
                .containsExactly("诚信经营承诺（" + district.name() + "）");
        assertThat(as(HUMEN, () -> audit.trailOf(MembershipDelegates.AUDIT_APPLICATION, admitted.id())))
                .extracting(AuditEntry::action).containsExactly("DISTRICT_APPLIED", "DISTRICT_COMMITMENT_SIGNED",
                        "DISTRICT_CREDIT_PASSED", "DISTRICT_SHOP_ADMITTED");
    }

    @Test
    void aSubjectWithADishonestyRecordInPublicityIsRefusedWithReasons() {
        District district = create(HUMEN, "汇一城", "MALL");
        String code = CODES.next("441900").value();
        as(HUMEN, () -> {
            var subject = subjects.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, "东莞市虎门镇失信商行",
                    List.of()), "officer-a");
            return archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE,
                    "市场监督管理局", LocalDate.now(clock).minusDays(10), "《企业信息公示暂行条例》第十七条",
                    "列入严重违法失信名单", null), "officer-a");
        });

        String caseId = as(HUMEN, () -> cases.start(PROCESS, "officer-a", apply(district, "失信商行汇一城店", code)));
        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), Map.of("signatory", "李某", "signedOn",
                LocalDate.now(clock).toString()));

        MembershipApplication refused = as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow());
        assertThat(refused.status()).isEqualTo(MembershipStatus.CREDIT_REFUSED);
        assertThat(refused.refusalReasons()).contains("存在公示期内（未修复）的失信记录：列入严重违法失信名单（市场监督管理局")
                .contains("依据《企业信息公示暂行条例》第十七条")
                .contains("依据：市信用办设置")
                // a severe record holds the grade at D: the second rule names it too
                .contains("信用等级为D级：当前等级 D");
        assertThat(as(HUMEN, () -> cases.caseById(caseId))).satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.data().get("refusalReasons")).isEqualTo(refused.refusalReasons());
        });
        assertThat(as(HUMEN, () -> shops.findByCaseId(caseId))).isEmpty();
    }

    @Test
    void aFailedInspectionAdmitsNothing() {
        District district = create(HUMEN, "石龙中山路", "STREET");
        String caseId = startAndSign(HUMEN, district, CODES.next("441900").value());

        complete(HUMEN, as(HUMEN, () -> onlyTaskOf(caseId)), Map.of("outcome", "failed", "findings", "无证经营"));

        assertThat(as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(MembershipStatus.REJECTED);
            assertThat(a.inspectionFindings()).isEqualTo("无证经营");
        });
        assertThat(as(HUMEN, () -> shops.findByCaseId(caseId))).isEmpty();
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).open()).isFalse();
    }

    @Test
    void inspectionDeadlineIsAConcreteWorkingDayAndItsTimerActsForTheOwningTenantOnly() {
        clock.moveTo(at(2025, 1, 24, 9));
        District district = create(HUMEN, "万江茶叶批发市场", "MARKET");
        String caseId = startAndSign(HUMEN, district, CODES.next("441900").value());

        // 10 working days after Friday 2025-01-24: Sun 26 Jan (调休) 1, Mon 27 Jan 2, the Spring Festival
        // 28 Jan - 4 Feb does not count, 5-7 Feb 3-5, Sat 8 Feb (调休) 6, 10-13 Feb 7-10: Thursday 13 Feb.
        MembershipApplication application = as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow());
        assertThat(application.inspectionDue()).isEqualTo(LocalDate.of(2025, 2, 13));
        assertThat(application.inspectionDueFlagged()).isFalse();
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).dueAt()).isEqualTo(at(2025, 2, 14, 0));
        assertThat(as(HUMEN, () -> cases.caseById(caseId)).data()).containsEntry("inspectionDueDate", "2025-02-13");

        clock.moveTo(OffsetDateTime.of(2025, 2, 13, 23, 0, 0, 0, CITY).toInstant());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow().inspectionOverdueAt()))
                        .isNull());

        clock.moveTo(OffsetDateTime.of(2025, 2, 14, 0, 0, 1, 0, CITY).toInstant());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(as(HUMEN, () -> applications.findByCaseId(caseId).orElseThrow().inspectionOverdueAt()))
                        .isNotNull());

        assertThat(as(HUMEN, () -> audit.trailOf(MembershipDelegates.AUDIT_APPLICATION, application.id())))
                .extracting(AuditEntry::action).contains("DISTRICT_INSPECTION_OVERDUE");
        assertThat(as(CHANGAN, () -> applications.findByCaseId(caseId))).isEmpty();
        assertThat(as(CHANGAN, () -> audit.trailOf(MembershipDelegates.AUDIT_APPLICATION, application.id()))).isEmpty();
        // the deadline reminds; the inspection is still open
        assertThat(as(HUMEN, () -> onlyTaskOf(caseId)).stepKey()).isEqualTo("inspect");
    }

    @Test
    void complaintsAndInspectionsOfThePeriodRateShopsAndTheDistrict() {
        clock.moveTo(at(2025, 3, 3, 10));
        District district = create(HUMEN, "国贸中心", "MALL");
        DistrictShop red = admit(HUMEN, district, "三次属实投诉店");
        DistrictShop failed = admit(HUMEN, district, "检查不合格店");
        DistrictShop yellow = admit(HUMEN, district, "一次属实投诉店");
        DistrictShop green = admit(HUMEN, district, "守信店");

        clock.moveTo(at(2025, 6, 30, 10));
        // the rating period is the last 90 days, 2 Apr to 30 Jun 2025 included
        as(HUMEN, () -> {
            supervision.recordComplaint(red.id(), LocalDate.of(2025, 4, 2), true, "缺斤少两", "officer-a");
            supervision.recordComplaint(red.id(), LocalDate.of(2025, 5, 10), true, "价格欺诈", "officer-a");
            supervision.recordComplaint(red.id(), LocalDate.of(2025, 6, 30), true, "以次充好", "officer-a");
            supervision.recordInspection(failed.id(), LocalDate.of(2025, 6, 1), false, "食品过期", "officer-b");
            supervision.recordComplaint(yellow.id(), LocalDate.of(2025, 6, 2), true, "未明码标价", "officer-a");
            supervision.recordComplaint(yellow.id(), LocalDate.of(2025, 6, 3), false, "查无实据", "officer-a");
            // before the period: three substantiated complaints on 1 Apr no longer count
            for (int i = 0; i < 3; i++) {
                supervision.recordComplaint(green.id(), LocalDate.of(2025, 4, 1), true, "旧投诉", "officer-a");
            }
            supervision.recordInspection(green.id(), LocalDate.of(2025, 6, 20), true, "合格", "officer-b");
            return null;
        });

        ShopSupervision.RatingRun run = as(HUMEN, supervision::rateAll);

        assertThat(run.shops()).isGreaterThanOrEqualTo(4);
        assertThat(rating(red)).isEqualTo(Rating.RED);
        assertThat(rating(failed)).isEqualTo(Rating.RED);
        assertThat(rating(yellow)).isEqualTo(Rating.YELLOW);
        assertThat(rating(green)).isEqualTo(Rating.GREEN);
        // 1 green shop of 4 = 25%, below the 50% a yellow district needs
        District rated = as(HUMEN, () -> districts.district(district.id()));
        assertThat(rated.rating()).isEqualTo(Rating.RED);
        assertThat(rated.greenSharePercent()).isEqualTo(25);
        assertThat(as(HUMEN, () -> supervision.eventsOf(red.id()))).hasSize(3)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(ShopEventKind.COMPLAINT));

        // three months later the complaints have left the period: the nightly job rates every tenant
        clock.moveTo(at(2025, 10, 1, 10));
        ratingJob.rateEverywhere();
        assertThat(List.of(rating(red), rating(failed), rating(yellow), rating(green))).containsOnly(Rating.GREEN);
        assertThat(as(HUMEN, () -> districts.district(district.id()))).satisfies(d -> {
            assertThat(d.rating()).isEqualTo(Rating.GREEN);
            assertThat(d.greenSharePercent()).isEqualTo(100);
        });
    }

    @Test
    void aComplaintDatedInTheFutureOrAgainstAnotherTenantsShopIsRefused() {
        clock.moveTo(at(2025, 5, 6, 10));
        DistrictShop shop = admit(HUMEN, create(HUMEN, "汇一城", "MALL"), "汇一城奶茶店");

        assertThatThrownBy(() -> as(HUMEN, () -> supervision.recordComplaint(shop.id(), LocalDate.of(2025, 5, 7),
                true, "x", "officer-a"))).hasMessageContaining("date: must not be in the future");
        assertThatThrownBy(() -> as(CHANGAN, () -> supervision.recordComplaint(shop.id(), LocalDate.of(2025, 5, 6),
                true, "x", "intruder"))).isInstanceOf(NotFoundException.class);
        assertThat(as(HUMEN, () -> supervision.eventsOf(shop.id()))).isEmpty();
    }

    @Test
    void aRemovedShopMayReapplyOnlyOnceItsRectificationIsConfirmed() {
        clock.moveTo(at(2025, 3, 3, 10));
        District district = create(HUMEN, "石龙中山路", "STREET");
        String code = CODES.next("441900").value();
        DistrictShop shop = admit(HUMEN, district, "中山路老字号", code);

        DistrictShop removed = as(HUMEN, () -> supervision.removeForBrokenCommitment(shop.id(),
                "违反诚信经营承诺：销售假冒商品", "officer-a"));

        assertThat(removed.status()).isEqualTo(ShopStatus.REMOVED);
        assertThat(removed.removedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(removed.removalReason()).isEqualTo("违反诚信经营承诺：销售假冒商品");
        assertThat(removed.rectifiedOn()).isNull();
        assertThat(removals.received).anySatisfy(event -> {
            assertThat(event.shopId()).isEqualTo(shop.id());
            assertThat(event.tenant()).isEqualTo("humen");
            assertThat(event.removedOn()).isEqualTo(LocalDate.of(2025, 3, 3));
        });
        assertThatThrownBy(() -> as(HUMEN, () -> supervision.recordInspection(shop.id(), LocalDate.of(2025, 3, 3),
                true, "x", "officer-a"))).hasMessageContaining("was removed");

        // months later, not rectified: still refused (no fixed waiting period replaces the rectification)
        clock.moveTo(at(2025, 6, 3, 10));
        String notRectified = as(HUMEN, () -> cases.start(PROCESS, "officer-a", apply(district, "中山路老字号", code)));
        assertThat(as(HUMEN, () -> applications.findByCaseId(notRectified).orElseThrow())).satisfies(a -> {
            assertThat(a.status()).isEqualTo(MembershipStatus.REFUSED);
            assertThat(a.refusalReasons()).contains("于2025-03-03因违反诚信承诺被移出")
                    .contains("整改到位并经镇街确认后方可重新申请");
        });
        assertThat(as(HUMEN, () -> cases.caseById(notRectified)).open()).isFalse();

        // a rectification needs its note and is confirmed once
        assertThatThrownBy(() -> as(HUMEN, () -> supervision.confirmRectification(shop.id(), " ", "officer-a")))
                .isInstanceOf(InvalidInputException.class);
        DistrictShop rectified = as(HUMEN, () -> supervision.confirmRectification(shop.id(),
                "假冒商品已下架销毁，已赔偿消费者并接受培训", "officer-b"));
        assertThat(rectified.rectifiedOn()).isEqualTo(LocalDate.of(2025, 6, 3));
        assertThat(rectified.rectifiedBy()).isEqualTo("officer-b");
        assertThatThrownBy(() -> as(HUMEN, () -> supervision.confirmRectification(shop.id(), "再次", "officer-b")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("was confirmed on 2025-06-03");

        // the same day, rectified: admitted again; a member has nothing to rectify
        DistrictShop again = admit(HUMEN, district, "中山路老字号", code);
        assertThat(again.id()).isNotEqualTo(shop.id());
        assertThat(again.status()).isEqualTo(ShopStatus.MEMBER);
        assertThat(again.listingCode()).isNotEqualTo(shop.listingCode());
        assertThat(as(HUMEN, () -> districts.shopsOf(district.id()))).extracting(DistrictShop::status)
                .containsExactly(ShopStatus.REMOVED, ShopStatus.MEMBER);
        assertThatThrownBy(() -> as(HUMEN, () -> supervision.confirmRectification(again.id(), "x", "officer-b")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("only a removed shop rectifies");

        // a member does not apply twice
        String twice = as(HUMEN, () -> cases.start(PROCESS, "officer-a", apply(district, "中山路老字号", code)));
        assertThat(as(HUMEN, () -> applications.findByCaseId(twice).orElseThrow().refusalReasons()))
                .contains("已是" + district.name() + "的入驻商户");
    }

    @Test
    void aTenantsAdaptedThresholdsRateItsShopsAndSetItsReapplyWaitWhileAnotherTenantKeepsTheCityDefaults() {
        TenantId strict = fixtures.provisionFreshTenant("dstrict");
        TenantId plain = fixtures.provisionFreshTenant("dplain");
        clock.moveTo(at(2025, 3, 3, 10));
        as(strict, () -> library.publish(PROCESS, Map.of("redSubstantiatedComplaints", 1, "reapplyAfterDays", 60),
                "镇里从严：一次属实投诉即评为红色", strict.code() + ".admin"));
        DistrictShop strictShop = admit(strict, create(strict, "国贸中心", "MALL"), "从严镇商户");
        DistrictShop plainShop = admit(plain, create(plain, "国贸中心", "MALL"), "默认镇商户");
        as(strict, () -> supervision.recordComplaint(strictShop.id(), LocalDate.of(2025, 3, 3), true, "价格欺诈",
                "officer-a"));
        as(plain, () -> supervision.recordComplaint(plainShop.id(), LocalDate.of(2025, 3, 3), true, "价格欺诈",
                "officer-a"));

        as(strict, supervision::rateAll);
        as(plain, supervision::rateAll);

        // one substantiated complaint: red where the tenant lowered the threshold to 1, yellow under the city's 3
        assertThat(as(strict, () -> supervision.shop(strictShop.id()).rating())).isEqualTo(Rating.RED);
        assertThat(as(plain, () -> supervision.shop(plainShop.id()).rating())).isEqualTo(Rating.YELLOW);
        // the ledger's census counts under the same rules
        java.time.Instant from = at(2025, 3, 1, 0);
        java.time.Instant to = at(2025, 3, 4, 0);
        assertThat(as(strict, () -> census.count(from, to, LocalDate.of(2025, 3, 3)))).satisfies(c -> {
            assertThat(c.red()).isEqualTo(1);
            assertThat(c.yellow()).isZero();
        });
        assertThat(as(plain, () -> census.count(from, to, LocalDate.of(2025, 3, 3)))).satisfies(c -> {
            assertThat(c.red()).isZero();
            assertThat(c.yellow()).isEqualTo(1);
        });

        // the wait after a confirmed rectification: 60 days where adapted, none under the city's default
        as(strict, () -> supervision.removeForBrokenCommitment(strictShop.id(), "违反诚信经营承诺", "officer-a"));
        as(plain, () -> supervision.removeForBrokenCommitment(plainShop.id(), "违反诚信经营承诺", "officer-a"));
        as(strict, () -> supervision.confirmRectification(strictShop.id(), "已整改", "officer-a"));
        as(plain, () -> supervision.confirmRectification(plainShop.id(), "已整改", "officer-a"));
        String strictShopId = strictShop.id();
        assertThat(as(strict, () -> audit.trailOf(ShopSupervision.AUDIT_SHOP, strictShopId)))
                .filteredOn(e -> e.action().equals("SHOP_RECTIFIED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("may reapply from 2025-05-02"));
        String plainShopId = plainShop.id();
        assertThat(as(plain, () -> audit.trailOf(ShopSupervision.AUDIT_SHOP, plainShopId)))
                .filteredOn(e -> e.action().equals("SHOP_RECTIFIED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("may reapply from 2025-03-03"));
    }

    @Test
    void twoTenantsDoNotSeeEachOthersDistrictsOrShops() {
        District humen = create(HUMEN, "国贸中心", "MALL");
        District changan = create(CHANGAN, "国贸中心", "MALL");
        DistrictShop humenShop = admit(HUMEN, humen, "虎门国贸店");

        assertThat(as(HUMEN, districts::list)).extracting(District::id).contains(humen.id())
                .doesNotContain(changan.id());
        assertThat(as(CHANGAN, districts::list)).extracting(District::id).contains(changan.id())
                .doesNotContain(humen.id());
        assertThatThrownBy(() -> as(CHANGAN, () -> districts.district(humen.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(CHANGAN, () -> districts.shopsOf(humen.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(CHANGAN, () -> supervision.shop(humenShop.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(CHANGAN, () -> supervision.removeForBrokenCommitment(humenShop.id(), "x",
                "intruder"))).isInstanceOf(NotFoundException.class);
        assertThat(as(CHANGAN, () -> shops.findByListingCode(humenShop.listingCode()))).isEmpty();
        // changan cannot apply to humen's district: the case does not start
        String code = CODES.next("441900").value();
        assertThatThrownBy(() -> as(CHANGAN, () -> cases.start(PROCESS, "officer-c", apply(humen, "越界店", code))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No district");
        assertThat(as(CHANGAN, () -> subjects.byCode(code))).isEmpty();

        // changan's rating touches nothing of humen
        as(HUMEN, () -> supervision.recordInspection(humenShop.id(), LocalDate.now(clock), false, "不合格", "officer-b"));
        as(CHANGAN, supervision::rateAll);
        assertThat(rating(humenShop)).isEqualTo(Rating.GREEN);
        as(HUMEN, supervision::rateAll);
        assertThat(rating(humenShop)).isEqualTo(Rating.RED);
        assertThat(as(CHANGAN, () -> districts.district(changan.id()).rating())).isNull();
    }

    private Rating rating(DistrictShop shop) {
        return as(HUMEN, () -> supervision.shop(shop.id()).rating());
    }

    private District create(TenantId tenant, String name, String kind) {
        String unique = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        return as(tenant, () -> districts.create(new NewDistrict(unique, kind, "东莞市" + name, COMMITMENT),
                "officer-a"));
    }

    private DistrictShop admit(TenantId tenant, District district, String shopName) {
        return admit(tenant, district, shopName, CODES.next("441900").value());
    }

    private DistrictShop admit(TenantId tenant, District district, String shopName, String code) {
        String caseId = startAndSign(tenant, district, shopName, code);
        complete(tenant, as(tenant, () -> onlyTaskOf(caseId)), Map.of("outcome", "passed", "findings", "合格"));
        return as(tenant, () -> shops.findByCaseId(caseId).orElseThrow());
    }

    private String startAndSign(TenantId tenant, District district, String code) {
        return startAndSign(tenant, district, "诚信小店", code);
    }

    private String startAndSign(TenantId tenant, District district, String shopName, String code) {
        String caseId = as(tenant, () -> cases.start(PROCESS, "officer-a", apply(district, shopName, code)));
        WorkTask sign = as(tenant, () -> onlyTaskOf(caseId));
        assertThat(sign.stepKey()).isEqualTo("sign");
        complete(tenant, sign, Map.of("signatory", "店主", "signedOn", LocalDate.now(clock).toString()));
        return caseId;
    }

    private void complete(TenantId tenant, WorkTask task, Map<String, Object> data) {
        as(tenant, () -> {
            cases.complete(task.id(), "officer-a", data);
            return null;
        });
    }

    private WorkTask onlyTaskOf(String caseId) {
        List<WorkTask> tasks = cases.openTasks(0, 200).stream().filter(t -> t.caseId().equals(caseId)).toList();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private static Map<String, Object> apply(District district, String shopName, String code) {
        return Map.of("districtId", district.id(), "shopName", shopName, "subjectCode", code);
    }

    private static java.time.Instant at(int year, int month, int day, int hour) {
        return OffsetDateTime.of(year, month, day, hour, 0, 0, 0, CITY).toInstant();
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @TestConfiguration
    static class RemovalListener {
        final List<ShopRemoved> received = new ArrayList<>();

        @EventListener
        void on(ShopRemoved event) {
            received.add(event);
        }
    }
}
