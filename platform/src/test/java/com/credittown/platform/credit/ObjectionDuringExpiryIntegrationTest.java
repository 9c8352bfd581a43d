package com.credittown.platform.credit;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionExaminer;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionOutcome;
import com.credittown.platform.credit.objection.ObjectionStatus;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A record under objection whose maximum publicity period ends while its owner examines it
 * (docs/processes/objections.md, "Objections and the end of publicity"): the nightly job ends the publicity on the
 * law's date regardless, the objection is still examined (no exception, nothing lost), and its decision applies to the
 * expired record: rejected, it stays ended at its maximum; upheld, it is revoked with its end date kept; corrected, the
 * corrected record ends at once (same decision date); an upheld repair result has nothing left to end.
 */
@SpringBootTest
class ObjectionDuringExpiryIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    /** 长安's severe record, decided 2022-05-25: its maximum publicity (3 years) ends 2025-05-25. */
    private static final LocalDate DECIDED = LocalDate.of(2022, 5, 25);
    private static final Instant RAISED = Instant.parse("2025-05-20T02:00:00Z");
    private static final Instant NIGHT = Instant.parse("2025-06-01T02:00:00Z");

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    PublicityExpiry expiry;
    @Autowired
    CreditObjections objections;
    @Autowired
    PlatformClock clock;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theNightlyJobEndsTheRecordAndTheObjectionIsStillExaminedThenRejected() {
        clock.moveTo(RAISED);
        RecordView record = severeRecordOfChangan();
        ObjectionView objection = raise(record, ObjectionConcern.RECORD);
        assertThat(grade(record)).isNotEqualTo(Grade.D);

        clock.moveTo(NIGHT);
        assertThat(expiry.endExpiredEverywhere()).isGreaterThanOrEqualTo(1);

        RecordView expired = current(record);
        assertThat(expired.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(expired.publicityEndReason()).isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
        assertThat(expired.underObjection()).as("still 异议处理中").isTrue();
        assertThat(TenantContext.callAs(CHANGAN, () -> objections.one(objection.id())).status())
                .isEqualTo(ObjectionStatus.EXAMINING);
        // the decision applies to this record: it is not archived away meanwhile
        assertThatThrownBy(() -> TenantContext.callAs(CHANGAN, () -> publicity.archive(record.id(), "officer-1",
                null))).isInstanceOf(ConflictException.class).hasMessageContaining("异议处理中");
        // a second night changes nothing
        expiry.endExpiredEverywhere();
        assertThat(current(record).publicityEndedAt()).isEqualTo(expired.publicityEndedAt());

        ObjectionView rejected = decide(objection, false, null, null);

        assertThat(rejected.status()).isEqualTo(ObjectionStatus.REJECTED);
        RecordView after = current(record);
        assertThat(after.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(after.publicityEndReason()).isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
        assertThat(after.publicityEndedAt()).isEqualTo(expired.publicityEndedAt());
        assertThat(after.underObjection()).isFalse();
        assertThat(grade(record)).isEqualTo(Grade.A);
        TenantContext.callAs(CHANGAN, () -> publicity.archive(record.id(), "officer-1", null));
        assertThat(current(record).state()).isEqualTo(RecordState.ARCHIVED);
    }

    @Test
    void upheldAfterExpiryTheRecordIsRevokedAndKeepsTheLawsEndDate() {
        clock.moveTo(RAISED);
        RecordView record = severeRecordOfChangan();
        ObjectionView objection = raise(record, ObjectionConcern.RECORD);
        clock.moveTo(NIGHT);
        expiry.endExpiredEverywhere();
        Instant endedAt = current(record).publicityEndedAt();

        clock.moveTo(NIGHT.plusSeconds(86_400));
        ObjectionView upheld = decide(objection, true, ObjectionOutcome.REVOKED, null);

        assertThat(upheld.status()).isEqualTo(ObjectionStatus.UPHELD);
        assertThat(upheld.outcome()).isEqualTo(ObjectionOutcome.REVOKED);
        RecordView revoked = current(record);
        assertThat(revoked.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(revoked.publicityEndReason()).isEqualTo(PublicityEndReason.REVOKED_ON_OBJECTION);
        assertThat(revoked.publicityEndedAt()).isEqualTo(endedAt);
        assertThat(revoked.publicityEndNote()).contains("MAXIMUM_REACHED").contains("objection " + objection.id());
        assertThat(revoked.underObjection()).isFalse();
    }

    @Test
    void correctedAfterExpiryTheCorrectedRecordEndsAtOnce() {
        clock.moveTo(RAISED);
        RecordView record = severeRecordOfChangan();
        ObjectionView objection = raise(record, ObjectionConcern.RECORD);
        clock.moveTo(NIGHT);
        expiry.endExpiredEverywhere();

        ObjectionView upheld = decide(objection, true, ObjectionOutcome.CORRECTED,
                new CreditRecordObjections.Correction(Severity.GENERAL, null, null, null));

        assertThat(upheld.correctedRecordId()).isNotNull();
        List<RecordView> records = TenantContext.callAs(CHANGAN, () -> archive.archiveOf(record.subjectId()))
                .records();
        RecordView original = records.stream().filter(r -> r.id() == record.id()).findFirst().orElseThrow();
        RecordView corrected = records.stream().filter(r -> r.id() == upheld.correctedRecordId()).findFirst()
                .orElseThrow();
        assertThat(original.publicityEndReason()).isEqualTo(PublicityEndReason.REVOKED_ON_OBJECTION);
        assertThat(corrected.severity()).isEqualTo(Severity.GENERAL);
        assertThat(corrected.decisionDate()).isEqualTo(DECIDED);
        assertThat(corrected.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(corrected.publicityEndReason()).isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
        assertThat(grade(record)).isEqualTo(Grade.A);
    }

    @Test
    void anUpheldRepairResultAfterExpiryHasNothingLeftToEnd() {
        clock.moveTo(RAISED);
        RecordView record = severeRecordOfChangan();
        ObjectionView objection = raise(record, ObjectionConcern.REPAIR_RESULT);
        clock.moveTo(NIGHT);
        expiry.endExpiredEverywhere();

        ObjectionView upheld = decide(objection, true, null, null);

        assertThat(upheld.outcome()).isEqualTo(ObjectionOutcome.REPAIRED);
        RecordView after = current(record);
        assertThat(after.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(after.publicityEndReason()).isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
        assertThat(after.underObjection()).isFalse();
    }

    private RecordView severeRecordOfChangan() {
        return TenantContext.callAs(CHANGAN, () -> {
            SubjectView subject = registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                    CODES.next("441900").value(), "东莞市异议到期测试商行", List.of()), "officer-1");
            return archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE,
                    "长安镇人力资源和社会保障分局", DECIDED, "《保障农民工工资支付条例》第四十八条", "拖欠农民工工资", null),
                    "officer-1");
        });
    }

    private ObjectionView raise(RecordView record, ObjectionConcern concerns) {
        return TenantContext.callAs(HUMEN, () -> objections.raiseOnBehalf(new CreditObjections.Raise(record.id(),
                concerns, "工资已于处罚前全部支付"), "humen-officer"));
    }

    private ObjectionView decide(ObjectionView objection, boolean upheld, ObjectionOutcome outcome,
                                 CreditRecordObjections.Correction correction) {
        return TenantContext.callAs(CHANGAN, () -> objections.decide(objection.id(), new CreditObjections.Decision(
                upheld, "经复核", outcome, correction), ObjectionExaminer.background("expiry-test")));
    }

    private RecordView current(RecordView record) {
        return TenantContext.callAs(CHANGAN, () -> archive.archiveOf(record.subjectId())).records().stream()
                .filter(r -> r.id() == record.id()).findFirst().orElseThrow();
    }

    private Grade grade(RecordView record) {
        return TenantContext.callAs(CHANGAN, () -> archive.archiveOf(record.subjectId())).grade();
    }
}
