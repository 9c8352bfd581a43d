package com.credittown.platform.credit;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The credit archive on the real PostgreSQL: publicity, grading, audit and events together. */
@SpringBootTest
@RecordApplicationEvents
class CreditArchiveIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    TenantDirectory directory;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    CreditPublicity publicity;
    @Autowired
    AuditLog audit;
    @Autowired
    PlatformClock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static <T> T asHumen(java.util.concurrent.Callable<T> work) {
        return TenantContext.callAs(HUMEN, work);
    }

    private SubjectView newSubject() {
        return asHumen(() -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), "东莞市虎门测试服装有限公司", List.of("服装")), "officer-1"));
    }

    private static RecordDetails severeDishonesty(LocalDate decided) {
        return new RecordDetails(RecordKind.DISHONESTY, Severity.SEVERE, "市场监督管理局", decided,
                "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单", null);
    }

    @Test
    void aSevereDishonestyRecordDropsTheGradeUntilItsPublicityEndsByRepair() {
        clock.moveTo(Instant.parse("2024-03-01T02:00:00Z"));
        SubjectView subject = newSubject();
        assertThat(subject.grade()).isEqualTo(Grade.A);
        assertThat(subject.score()).isEqualTo(100);

        RecordView record = asHumen(() -> archive.addRecord(subject.id(),
                severeDishonesty(LocalDate.of(2024, 2, 29)), "officer-1"));

        assertThat(record.state()).isEqualTo(RecordState.PUBLISHED);
        assertThat(record.publicity()).isEqualTo(
                new PublicityWindow(LocalDate.of(2025, 2, 28), LocalDate.of(2027, 2, 28)));
        SubjectArchive dropped = asHumen(() -> archive.archiveOf(subject.id()));
        // 60 points would be C, but an unrepaired severe record holds the grade at D (the model's cap)
        assertThat(dropped.grade()).isEqualTo(Grade.D);
        assertThat(dropped.score()).isEqualTo(60);
        assertThat(dropped.explanation()).hasSize(2).allSatisfy(c -> assertThat(c.recordId()).isEqualTo(record.id()));
        assertThat(dropped.explanation()).extracting(c -> c.points()).containsExactly(-40, 0);
        assertThat(dropped.explanation().get(1).rule()).contains("holds the grade at D");
        assertThat(events.stream(SubjectGradeChanged.class))
                .containsExactly(new SubjectGradeChanged(subject.id(), Grade.A, Grade.D));

        clock.moveTo(Instant.parse("2025-02-28T01:00:00Z")); // 09:00 in Dongguan: the minimum period has passed
        RecordView repaired = asHumen(() -> publicity.endPublicityByRepair(record.id(), "officer-2",
                "obligations fulfilled, repair commitment signed"));

        assertThat(repaired.state()).isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(repaired.publicityEndReason()).isEqualTo(PublicityEndReason.REPAIRED);
        SubjectArchive restored = asHumen(() -> archive.archiveOf(subject.id()));
        assertThat(restored.grade()).isEqualTo(Grade.A);
        assertThat(restored.score()).isEqualTo(100);
        assertThat(restored.explanation()).isEmpty();
        assertThat(restored.records()).singleElement().extracting(RecordView::state)
                .isEqualTo(RecordState.PUBLICITY_ENDED);
        assertThat(events.stream(SubjectGradeChanged.class)).last()
                .isEqualTo(new SubjectGradeChanged(subject.id(), Grade.D, Grade.A));
        assertThat(events.stream(CreditRecordChanged.class)).extracting(CreditRecordChanged::state)
                .containsExactly(RecordState.PUBLISHED, RecordState.PUBLICITY_ENDED);
    }

    @Test
    void repairBeforeTheMinimumPeriodIsRefusedWithTheEarliestDate() {
        clock.moveTo(Instant.parse("2025-02-27T15:30:00Z")); // 2025-02-27 23:30 in Dongguan
        SubjectView subject = newSubject();
        RecordView record = asHumen(() -> archive.addRecord(subject.id(),
                severeDishonesty(LocalDate.of(2024, 2, 29)), "officer-1"));

        assertThatThrownBy(() -> asHumen(() -> publicity.endPublicityByRepair(record.id(), "officer-2", "too early")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2025-02-28");

        SubjectArchive unchanged = asHumen(() -> archive.archiveOf(subject.id()));
        assertThat(unchanged.records()).singleElement().extracting(RecordView::state)
                .isEqualTo(RecordState.PUBLISHED);
        assertThat(unchanged.grade()).isEqualTo(Grade.D);
        assertThat(asHumen(() -> audit.trailOf(CreditAudit.RECORD, Long.toString(record.id()))))
                .extracting(AuditEntry::action).containsExactly(CreditAudit.RECORD_PUBLISHED);
    }

    @Test
    void publicityEndsByItselfAtTheMaximumAndEveryTransitionIsAudited() {
        clock.moveTo(Instant.parse("2024-03-01T02:00:00Z"));
        SubjectView subject = newSubject();
        RecordView record = asHumen(() -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.MINOR, "税务局", LocalDate.of(2024, 2, 29), "《税收征收管理法》第六十二条", "逾期申报",
                "逾期未申报增值税"), "officer-1"));

        // minor information is not published by default: its maximum is its decision date, the next run ends it
        clock.moveTo(Instant.parse("2024-03-01T16:30:00Z")); // 2024-03-02 00:30 in Dongguan
        int ended = asHumen(() -> publicity.endExpiredPublicity());
        assertThat(ended).isPositive();
        clock.moveTo(Instant.parse("2024-06-03T02:00:00Z"));
        RecordView archived = asHumen(() -> publicity.archive(record.id(), "officer-2", "yearly archiving"));

        assertThat(archived.state()).isEqualTo(RecordState.ARCHIVED);
        assertThat(archived.publicityEndReason()).isEqualTo(PublicityEndReason.MAXIMUM_REACHED);
        assertThat(archived.publicityEndedAt()).isEqualTo(Instant.parse("2024-03-01T16:30:00Z"));
        assertThat(archived.archivedAt()).isEqualTo(Instant.parse("2024-06-03T02:00:00Z"));
        List<AuditEntry> recordTrail = asHumen(() -> audit.trailOf(CreditAudit.RECORD, Long.toString(record.id())));
        assertThat(recordTrail).extracting(AuditEntry::action).containsExactly(CreditAudit.RECORD_PUBLISHED,
                CreditAudit.PUBLICITY_ENDED, CreditAudit.RECORD_ARCHIVED);
        assertThat(recordTrail).extracting(AuditEntry::actor).containsExactly("officer-1", AuditLog.SYSTEM,
                "officer-2");
        assertThat(recordTrail.get(1).detail()).contains("maximum publicity period reached on 2024-02-29");
        assertThat(recordTrail.get(2).detail()).contains("yearly archiving");
        assertThat(recordTrail.get(2).occurredAt()).isEqualTo(Instant.parse("2024-06-03T02:00:00Z"));
        assertThat(asHumen(() -> audit.trailOf(CreditAudit.SUBJECT, Long.toString(subject.id()))))
                .extracting(AuditEntry::action).containsExactly(CreditAudit.SUBJECT_REGISTERED,
                        CreditAudit.GRADE_CHANGED, CreditAudit.GRADE_CHANGED);
        assertThat(asHumen(() -> registry.subject(subject.id())).score()).isEqualTo(100);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        SubjectView subject = newSubject();
        RecordView record = asHumen(() -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.LICENCE,
                null, "市场监督管理局", LocalDate.now(clock), null, "食品经营许可证", null), "officer-1"));

        assertThatThrownBy(() -> asHumen(() -> publicity.archive(record.id(), "officer-1", null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PUBLISHED");
        asHumen(() -> publicity.endPublicityByRepair(record.id(), "officer-1", "licence revoked by applicant"));
        assertThatThrownBy(() -> asHumen(() -> publicity.endPublicityByRepair(record.id(), "officer-1", "again")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("PUBLICITY_ENDED");
    }

    @Test
    void anotherTenantReadsTheCitysSubjectAndItsPublicRecordsButNotTheOthersAndChangesNothing() {
        SubjectView subject = newSubject();
        RecordView severe = asHumen(() -> archive.addRecord(subject.id(),
                severeDishonesty(LocalDate.now(clock).minusDays(1)), "officer-1"));
        RecordView minor = asHumen(() -> archive.addRecord(subject.id(), new RecordDetails(RecordKind.DISHONESTY,
                Severity.MINOR, "税务局", LocalDate.now(clock).minusDays(1), "《税收征收管理法》第六十二条", "逾期申报",
                null), "officer-1"));

        // one archive for the city: 长安 finds 虎门's subject by id and code, with the grade every record made
        assertThat(TenantContext.callAs(CHANGAN, () -> registry.subject(subject.id())).grade()).isEqualTo(Grade.D);
        assertThat(TenantContext.callAs(CHANGAN, () -> registry.byCode(subject.code()))).get()
                .extracting(SubjectView::id).isEqualTo(subject.id());
        // the severe record is public credit information; the minor one (left unpublished by the city's default) is not
        SubjectArchive seenByChangan = TenantContext.callAs(CHANGAN, () -> archive.archiveOf(subject.id()));
        assertThat(seenByChangan.records()).extracting(RecordView::id).containsExactly(severe.id());
        assertThat(seenByChangan.explanation()).extracting(c -> c.title())
                .anySatisfy(title -> assertThat(title).contains("not public; held by humen"))
                .noneSatisfy(title -> assertThat(title).isEqualTo("逾期申报"));
        assertThat(asHumen(() -> archive.archiveOf(subject.id())).records()).extracting(RecordView::id)
                .containsExactly(severe.id(), minor.id());
        // only the recorder changes a record; one it may not even read is not found
        assertThatThrownBy(() -> TenantContext.callAs(CHANGAN,
                () -> publicity.endPublicityByRepair(severe.id(), "intruder", "guessed")))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("recorded by tenant humen");
        assertThatThrownBy(() -> TenantContext.callAs(CHANGAN,
                () -> publicity.endPublicityByRepair(minor.id(), "intruder", "guessed")))
                .isInstanceOf(NotFoundException.class);
        assertThat(asHumen(() -> archive.archiveOf(subject.id())).records()).extracting(RecordView::state)
                .containsOnly(RecordState.PUBLISHED);
    }
}
