package com.credittown.workflows;

import static com.credittown.workflows.WorkflowFixtures.CHANGAN;
import static com.credittown.workflows.WorkflowFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.search.SubjectHit;
import com.credittown.platform.search.SubjectSearch;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.cases.CaseService;
import com.credittown.workflows.commitment.Commitments;
import com.credittown.workflows.commitment.CommitmentStatus;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictKind;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.MembershipApplications;
import com.credittown.workflows.district.MembershipStatus;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.report.CreditReports;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.NominationStatus;
import com.credittown.workflows.star.StarNominations;
import com.credittown.workflows.star.StarRound;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue #12's story on the real engine, PostgreSQL and Elasticsearch: 长安 registers a company and records a severe
 * penalty for it; 虎门's officer finds the same subject, with 长安's penalty and grade D, by code and in search; 虎门's
 * star nomination, district application and commitment for it are refused naming the rule and its basis; 虎门's
 * credit report says it cannot replace the no-violation certificate.
 */
@SpringBootTest
class CityArchiveStoryIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    SubjectSearch search;
    @Autowired
    CaseService cases;
    @Autowired
    IntegrityStarSelection stars;
    @Autowired
    StarNominations nominations;
    @Autowired
    DistrictService districts;
    @Autowired
    MembershipApplications applications;
    @Autowired
    Commitments commitments;
    @Autowired
    CreditReports reports;
    @Autowired
    PlatformClock clock;

    String code;
    String name;

    @BeforeEach
    void changanRecordsASeverePenalty() {
        fixtures.provisionHumenAndChangan();
        code = CODES.next("441900").value();
        name = "东莞市长安镇" + UUID.randomUUID().toString().substring(0, 6) + "电子有限公司";
        as(CHANGAN, () -> {
            SubjectView subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY, code, name, List.of()),
                    "changan.officer");
            return archive.addRecord(subject.id(), new RecordDetails(RecordKind.PENALTY, Severity.SEVERE,
                    "东莞市市场监督管理局长安分局", LocalDate.now(clock).minusDays(3),
                    "《中华人民共和国食品安全法》第一百二十四条", "生产经营超范围使用食品添加剂的食品", null),
                    "changan.officer");
        });
    }

    @Test
    void humenFindsChangansPenaltyAndGradeDByCodeAndInSearch() {
        SubjectView found = as(HUMEN, () -> registry.byCode(code)).orElseThrow();
        SubjectArchive file = as(HUMEN, () -> archive.archiveOf(found.id()));

        assertThat(found.grade()).isEqualTo(Grade.D);
        assertThat(found.registeredBy()).isEqualTo("changan");
        assertThat(file.records()).singleElement().satisfies(record -> {
            assertThat(record.title()).isEqualTo("生产经营超范围使用食品添加剂的食品");
            assertThat(record.ownerTenant()).isEqualTo("changan");
        });
        List<SubjectHit> hits = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(() -> as(HUMEN, () -> search.search(code, 0, 10)).items(),
                        items -> items.stream().anyMatch(hit -> hit.id() == found.id() && "D".equals(hit.grade())));
        assertThat(hits).anySatisfy(hit -> assertThat(hit.name()).isEqualTo(name));
    }

    @Test
    void humensStarNominationIsRefusedNamingTheRuleAndItsBasis() {
        StarRound round = as(HUMEN, () -> stars.openRound("诚信之星" + UUID.randomUUID(), "humen.officer"));
        Map<String, Object> data = new HashMap<>();
        data.put("roundId", round.id());
        data.put("subjectCode", code);
        data.put("subjectName", name);
        data.put("nominatedBy", "town");
        data.put("reasons", "守法经营，积极参与诚信建设。");

        String caseId = as(HUMEN, () -> cases.start(IntegrityStarSelection.PROCESS_KEY, "humen.officer", data));

        var nomination = as(HUMEN, () -> nominations.findByCaseId(caseId)).orElseThrow();
        assertThat(nomination.status()).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(nomination.ineligibilityReasons())
                .contains("存在公示期内的行政处罚记录：生产经营超范围使用食品添加剂的食品（东莞市市场监督管理局长安分局")
                .contains("依据：市信用办设置")
                .contains("信用等级低于本轮要求的等级：当前等级 D");
    }

    @Test
    void humensDistrictApplicationIsRefusedNamingTheRuleAndItsBasis() {
        District district = as(HUMEN, () -> districts.create(new NewDistrict("虎门国贸中心" + UUID.randomUUID()
                .toString().substring(0, 6), DistrictKind.MALL.name(), "东莞市虎门镇", "诚信经营，明码标价。"),
                "humen.officer"));
        String caseId = as(HUMEN, () -> cases.start("district-membership", "humen.officer", Map.of(
                "districtId", district.id(), "shopName", "长安电子虎门店", "subjectCode", code)));
        WorkTask sign = as(HUMEN, () -> cases.openTasksOf(caseId)).get(0);
        as(HUMEN, () -> {
            cases.complete(sign.id(), "humen.officer", Map.of("signatory", "李某", "signedOn",
                    LocalDate.now(clock).toString()));
            return null;
        });

        var application = as(HUMEN, () -> applications.findByCaseId(caseId)).orElseThrow();
        assertThat(application.status()).isEqualTo(MembershipStatus.CREDIT_REFUSED);
        assertThat(application.refusalReasons())
                .contains("存在公示期内的行政处罚记录：生产经营超范围使用食品添加剂的食品")
                .contains("依据《中华人民共和国食品安全法》第一百二十四条")
                .contains("信用等级为D级").contains("依据：市信用办设置");
    }

    @Test
    void humensCommitmentIsRefusedNamingTheNationalRule() {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", code);
        data.put("subjectName", name);
        data.put("commitmentType", "approval");
        data.put("grantedMatter", "食品经营许可");
        data.put("commitmentText", "本单位承诺所提交材料真实有效。");

        String caseId = as(HUMEN, () -> cases.start("credit-commitment", "humen.officer", data));

        var commitment = as(HUMEN, () -> commitments.findByCaseId(caseId)).orElseThrow();
        assertThat(commitment.status()).isEqualTo(CommitmentStatus.REFUSED);
        assertThat(commitment.refusalReasons()).contains("有未修复的严重失信或严重违法记录")
                .contains("生产经营超范围使用食品添加剂的食品").contains("依据：国办发〔2020〕42号");
    }

    @Test
    void humensCreditReportSaysItCannotReplaceTheNoViolationCertificate() {
        SubjectView found = as(HUMEN, () -> registry.byCode(code)).orElseThrow();

        CreditReports.IssuedReport report = as(HUMEN, () -> reports.issue(found.id()));

        assertThat(reports.check(report.code())).get().satisfies(check -> {
            assertThat(check.noViolation()).isFalse();
            assertThat(check.subjectName()).isEqualTo(name);
        });
    }

    private static <T> T as(TenantId tenant, Callable<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
