package com.credittown.platform.credit;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The nightly job ends publicity at the maximum period in every tenant, and only for expired records. */
@SpringBootTest
class PublicityExpiryIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    PublicityExpiry expiry;
    @Autowired
    PlatformClock clock;
    @Autowired
    CityWrites city;
    @Autowired
    CityReads cityReads;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recordsPastTheirMaximumPeriodEndInEveryTenantAndTheGradeRecovers() {
        clock.moveTo(Instant.parse("2025-06-01T02:00:00Z"));
        RecordView humenOld = severeRecord(HUMEN, LocalDate.of(2022, 5, 20));   // maximum ended 2025-05-20
        RecordView changanOld = severeRecord(CHANGAN, LocalDate.of(2022, 5, 31)); // maximum ended 2025-05-31
        RecordView humenRecent = severeRecord(HUMEN, LocalDate.of(2024, 1, 10));  // maximum ends 2027-01-10

        assertThat(expiry.endExpiredEverywhere()).isGreaterThanOrEqualTo(2);

        assertThat(stateOf(HUMEN, humenOld)).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(stateOf(CHANGAN, changanOld)).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(stateOf(HUMEN, humenRecent)).isEqualTo(RecordState.PUBLISHED);
        SubjectArchive recovered = TenantContext.callAs(HUMEN, () -> archive.archiveOf(humenOld.subjectId()));
        assertThat(recovered.grade()).isEqualTo(Grade.A);
        assertThat(recovered.records()).singleElement().extracting(RecordView::publicityEndReason)
                .isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
    }

    @Test
    void theCitysOwnRecordsEndToo() {
        clock.moveTo(Instant.parse("2025-06-01T02:00:00Z"));
        // recorded by a city department (no tenant): the job must not only walk the tenants
        RecordView cityOld = city.write(() -> archive.addRecord(subject(HUMEN).id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.SEVERE, "市发展和改革局", LocalDate.of(2022, 5, 20),
                "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单", null), "city-officer"));
        RecordView cityRecent = city.write(() -> archive.addRecord(subject(CHANGAN).id(), new RecordDetails(
                RecordKind.DISHONESTY, Severity.SEVERE, "市发展和改革局", LocalDate.of(2024, 1, 10),
                "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单", null), "city-officer"));

        expiry.endExpiredEverywhere();

        assertThat(stateAsCity(cityOld)).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(stateAsCity(cityRecent)).isEqualTo(RecordState.PUBLISHED);
    }

    private SubjectView subject(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), "东莞市市级记录到期测试商行", List.of()), "officer-1"));
    }

    private RecordView severeRecord(TenantId tenant, LocalDate decided) {
        return TenantContext.callAs(tenant, () -> {
            SubjectView subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    CODES.next("441900").value(), "东莞市到期测试商行", List.of()), "officer-1");
            return archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE,
                    "市场监督管理局", decided, "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单", null),
                    "officer-1");
        });
    }

    private RecordState stateAsCity(RecordView record) {
        return cityReads.read(() -> archive.archiveOf(record.subjectId())).records().stream()
                .filter(r -> r.id() == record.id()).findFirst().orElseThrow().state();
    }

    private RecordState stateOf(TenantId tenant, RecordView record) {
        return TenantContext.callAs(tenant, () -> archive.archiveOf(record.subjectId())).records().stream()
                .filter(r -> r.id() == record.id()).findFirst().orElseThrow().state();
    }
}
