package com.credittown.workflows.ledger;

import com.credittown.platform.credit.CreditRecordFigures;
import com.credittown.platform.credit.publication.PublicationFigures;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.workflows.commitment.CommitmentStatus;
import com.credittown.workflows.district.DistrictCensus;
import com.credittown.workflows.keytask.KeyTaskCensus;
import com.credittown.workflows.star.NominationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes one tenant's ledger figures with JPQL counts over the features' own tables. Every query runs in a
 * Hibernate session opened inside the caller's {@link TenantContext}, so the {@code @TenantId} filter restricts it to
 * that tenant: no query here names a tenant. The platform's 双公示 entries and credit records are counted through
 * its typed read APIs ({@link PublicationFigures}, {@link CreditRecordFigures}), which join the same transaction.
 */
@Component
class LedgerFigures {

    private final EntityManager entities;
    private final PublicationFigures publications;
    private final CreditRecordFigures creditRecords;
    private final DistrictCensus census;
    private final KeyTaskCensus keyTaskCensus;
    private final PlatformClock clock;

    LedgerFigures(EntityManager entities, PublicationFigures publications, CreditRecordFigures creditRecords,
                  DistrictCensus census, KeyTaskCensus keyTaskCensus, PlatformClock clock) {
        this.entities = entities;
        this.publications = publications;
        this.creditRecords = creditRecords;
        this.census = census;
        this.keyTaskCensus = keyTaskCensus;
        this.clock = clock;
    }

    /** The current tenant's figures; must be called inside the tenant's context and outside any transaction. */
    @Transactional(readOnly = true)
    TenantLedger of(String tenantName, LedgerPeriod period) {
        String tenant = TenantContext.require().code();
        return new TenantLedger(tenant, tenantName, period.code(), doublePublicity(period),
                TenantLedger.SevereDishonesty.of(severeAt(period.start(), period.startInstant()),
                        severeAt(period.end(), period.endInstant())),
                commitments(period), repairs(period), starsSelected(period), rectifications(period),
                districts(period), supervision(period), keyTasks(period), TenantLedger.PENDING);
    }

    private TenantLedger.DoublePublicity doublePublicity(LedgerPeriod period) {
        PublicationFigures.Decided decided = publications.decidedBetween(period.start(), period.end());
        return TenantLedger.DoublePublicity.of(decided.entries(), decided.onTime(), decided.workingDays());
    }

    /** Subjects with a severe dishonesty record decided before {@code day} and still in publicity at {@code at}. */
    private long severeAt(LocalDate day, Instant at) {
        return creditRecords.subjectsInSevereDishonestyPublicity(day, at);
    }

    private TenantLedger.Commitments commitments(LedgerPeriod period) {
        long signed = count(entities.createQuery("""
                        select count(c) from Commitment c where c.signedOn >= :start and c.signedOn < :end""",
                        Long.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end()));
        long verified = closedCommitments(period, List.of(CommitmentStatus.HONOURED, CommitmentStatus.BREACHED));
        long breached = closedCommitments(period, List.of(CommitmentStatus.BREACHED));
        return new TenantLedger.Commitments(signed, verified, breached);
    }

    private long closedCommitments(LedgerPeriod period, List<CommitmentStatus> outcomes) {
        return count(entities.createQuery("""
                        select count(c) from Commitment c
                        where c.status in :outcomes and c.closedAt >= :from and c.closedAt < :to""", Long.class)
                .setParameter("outcomes", outcomes)
                .setParameter("from", period.startInstant())
                .setParameter("to", period.endInstant()));
    }

    private TenantLedger.Repairs repairs(LedgerPeriod period) {
        long received = count(entities.createQuery("""
                        select count(a) from RepairApplication a where a.appliedOn >= :start and a.appliedOn < :end""",
                        Long.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end()));
        long onTime = decidedRepairs(period, true);
        long late = decidedRepairs(period, false);
        long open = count(entities.createQuery("""
                        select count(a) from RepairApplication a
                        where a.appliedAt < :to and (a.closedAt is null or a.closedAt >= :to)""", Long.class)
                .setParameter("to", period.endInstant()));
        return new TenantLedger.Repairs(received, onTime, late, open);
    }

    private long decidedRepairs(LedgerPeriod period, boolean onTime) {
        return count(entities.createQuery("""
                        select count(a) from RepairApplication a
                        where a.closedOn >= :start and a.closedOn < :end and a.onTime = :onTime""", Long.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .setParameter("onTime", onTime));
    }

    private long starsSelected(LedgerPeriod period) {
        return count(entities.createQuery("""
                        select count(n) from StarNomination n
                        where n.status = :awarded and n.closedAt >= :from and n.closedAt < :to""", Long.class)
                .setParameter("awarded", NominationStatus.AWARDED)
                .setParameter("from", period.startInstant())
                .setParameter("to", period.endInstant()));
    }

    private TenantLedger.Rectifications rectifications(LedgerPeriod period) {
        long open = count(entities.createQuery("""
                        select count(c) from RectificationCase c
                        where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)""", Long.class)
                .setParameter("to", period.endInstant()));
        long closed = count(entities.createQuery("""
                        select count(c) from RectificationCase c where c.closedOn >= :start and c.closedOn < :end""",
                        Long.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end()));
        long overdue = count(entities.createQuery("""
                        select count(c) from RectificationCase c
                        where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)
                          and c.overdue = true and c.overdueSince < :end""", Long.class)
                .setParameter("to", period.endInstant())
                .setParameter("end", period.end()));
        return new TenantLedger.Rectifications(open, closed, overdue);
    }

    /** Ratings as of the period's last day, or today while the period runs (the future has no complaints yet). */
    private TenantLedger.Districts districts(LedgerPeriod period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate ratingDay = period.lastDay().isAfter(today) ? today : period.lastDay();
        DistrictCensus.Counts c = census.count(period.startInstant(), period.endInstant(), ratingDay);
        return TenantLedger.Districts.of(c.malls(), c.streets(), c.markets(), c.members(), c.admitted(), c.removed(),
                c.red(), c.yellow(), c.green());
    }

    /** Overdue at the period end: due before its first day after, or before today while the period runs. */
    private TenantLedger.Supervision supervision(LedgerPeriod period) {
        long received = count(entities.createQuery("""
                        select count(n) from SupervisionNotice n where n.sentAt >= :from and n.sentAt < :to""",
                        Long.class)
                .setParameter("from", period.startInstant())
                .setParameter("to", period.endInstant()));
        long onTime = handledNotices(period, true);
        long late = handledNotices(period, false);
        long open = count(entities.createQuery("""
                        select count(n) from SupervisionNotice n
                        where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)""", Long.class)
                .setParameter("to", period.endInstant()));
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = period.end().isAfter(today) ? today : period.end();
        long overdue = count(entities.createQuery("""
                        select count(n) from SupervisionNotice n
                        where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)
                          and n.dueDate < :cutoff""", Long.class)
                .setParameter("to", period.endInstant())
                .setParameter("cutoff", cutoff));
        return new TenantLedger.Supervision(received, onTime, late, open, overdue);
    }

    private long handledNotices(LedgerPeriod period, boolean onTime) {
        return count(entities.createQuery("""
                        select count(n) from SupervisionNotice n
                        where n.handledAt >= :from and n.handledAt < :to and n.onTime = :onTime""", Long.class)
                .setParameter("from", period.startInstant())
                .setParameter("to", period.endInstant())
                .setParameter("onTime", onTime));
    }

    /** Key tasks assigned by the period end in their state then; overdue as for supervision notices. */
    private TenantLedger.KeyTasks keyTasks(LedgerPeriod period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = period.end().isAfter(today) ? today : period.end();
        KeyTaskCensus.Counts c = keyTaskCensus.count(period.endInstant(), cutoff);
        return new TenantLedger.KeyTasks(c.assigned(), c.notStarted(), c.inProgress(), c.done(), c.overdue());
    }

    private static long count(TypedQuery<Long> query) {
        return query.getSingleResult();
    }
}
