package com.credittown.workflows.ledger;

import com.credittown.platform.credit.CreditRecordFigures;
import com.credittown.platform.credit.publication.PublicationFigures;
import com.credittown.platform.tenancy.ByTenant;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.commitment.CommitmentStatus;
import com.credittown.workflows.district.DistrictCensus;
import com.credittown.workflows.keytask.KeyTaskCensus;
import com.credittown.workflows.star.NominationStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the ledger figures of the tenants in reach with JPQL counts over the features' own tables, each grouped by
 * tenant: in a tenant's context Hibernate's {@code @TenantId} filter leaves its own rows (no query here names a
 * tenant); for the city office ({@code CityReads}) the same statements answer every tenant at once, so a city figure
 * is one query, not one per tenant. The platform's 双公示 entries and credit records are counted through its typed read
 * APIs ({@link PublicationFigures}, {@link CreditRecordFigures}), which join the same transaction.
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

    /**
     * The ledgers of these tenants for the period, in the order given.
     *
     * @param tenants code to Chinese name of every tenant to report (a tenant with no rows gets zeros)
     */
    @Transactional(readOnly = true)
    Map<String, TenantLedger> of(Map<String, String> tenants, LedgerPeriod period) {
        Map<String, PublicationFigures.Decided> published = publications.decidedBetween(period.start(), period.end());
        Map<String, Long> rejected = publications.rejectedBetween(period.startInstant(), period.endInstant());
        Map<String, Long> severeAtStart = creditRecords.subjectsInSevereDishonestyPublicity(period.start(),
                period.startInstant());
        Map<String, Long> severeAtEnd = creditRecords.subjectsInSevereDishonestyPublicity(period.end(),
                period.endInstant());
        Counts c = new Counts(period);
        LocalDate today = LocalDate.now(clock);
        LocalDate ratingDay = period.lastDay().isAfter(today) ? today : period.lastDay();
        LocalDate cutoff = period.end().isAfter(today) ? today : period.end();
        Map<String, DistrictCensus.Counts> districts = census.countByTenant(period.startInstant(), period.endInstant(),
                ratingDay);
        Map<String, KeyTaskCensus.Counts> keyTasks = keyTaskCensus.countByTenant(period.endInstant(), cutoff);

        Map<String, TenantLedger> ledgers = new LinkedHashMap<>();
        tenants.forEach((tenant, name) -> {
            PublicationFigures.Decided decided = published.getOrDefault(tenant, PublicationFigures.Decided.NONE);
            DistrictCensus.Counts d = districts.getOrDefault(tenant, DistrictCensus.Counts.NONE);
            KeyTaskCensus.Counts k = keyTasks.getOrDefault(tenant, KeyTaskCensus.Counts.NONE);
            ledgers.put(tenant, new TenantLedger(tenant, name, period.code(),
                    TenantLedger.DoublePublicity.of(decided.entries(), decided.onTime(),
                            ByTenant.of(rejected, tenant), decided.workingDays()),
                    TenantLedger.SevereDishonesty.of(ByTenant.of(severeAtStart, tenant),
                            ByTenant.of(severeAtEnd, tenant)),
                    c.commitments(tenant), c.repairs(tenant), ByTenant.of(c.starsSelected, tenant),
                    c.rectifications(tenant),
                    TenantLedger.Districts.of(d.malls(), d.streets(), d.markets(), d.members(), d.admitted(),
                            d.removed(), d.red(), d.yellow(), d.green()),
                    c.supervision(tenant),
                    new TenantLedger.KeyTasks(k.assigned(), k.notStarted(), k.inProgress(), k.done(), k.overdue()),
                    TenantLedger.PENDING));
        });
        return ledgers;
    }

    /** The features' own counts of the period, each one grouped statement for every tenant in reach. */
    private final class Counts {

        final Map<String, Long> commitmentsSigned;
        final Map<String, Long> commitmentsVerified;
        final Map<String, Long> commitmentsBreached;
        final Map<String, Long> repairsReceived;
        final Map<String, Long> repairsOnTime;
        final Map<String, Long> repairsLate;
        final Map<String, Long> repairsOpen;
        final Map<String, Long> starsSelected;
        final Map<String, Long> rectificationsOpen;
        final Map<String, Long> rectificationsClosed;
        final Map<String, Long> rectificationsOverdue;
        final Map<String, Long> noticesReceived;
        final Map<String, Long> noticesOnTime;
        final Map<String, Long> noticesLate;
        final Map<String, Long> noticesOpen;
        final Map<String, Long> noticesOverdue;

        Counts(LedgerPeriod period) {
            commitmentsSigned = grouped(entities.createQuery("""
                            select c.tenantId, count(c) from Commitment c where c.signedOn >= :start and c.signedOn < :end
                            group by c.tenantId""", Object[].class)
                    .setParameter("start", period.start())
                    .setParameter("end", period.end()));
            commitmentsVerified = closedCommitments(period,
                    List.of(CommitmentStatus.HONOURED, CommitmentStatus.RECTIFIED, CommitmentStatus.BREACHED));
            commitmentsBreached = closedCommitments(period, List.of(CommitmentStatus.BREACHED));
            repairsReceived = grouped(entities.createQuery("""
                            select a.tenantId, count(a) from RepairApplication a
                            where a.appliedOn >= :start and a.appliedOn < :end group by a.tenantId""", Object[].class)
                    .setParameter("start", period.start())
                    .setParameter("end", period.end()));
            repairsOnTime = decidedRepairs(period, true);
            repairsLate = decidedRepairs(period, false);
            repairsOpen = grouped(entities.createQuery("""
                            select a.tenantId, count(a) from RepairApplication a
                            where a.appliedAt < :to and (a.closedAt is null or a.closedAt >= :to)
                            group by a.tenantId""", Object[].class)
                    .setParameter("to", period.endInstant()));
            starsSelected = grouped(entities.createQuery("""
                            select n.tenantId, count(n) from StarNomination n
                            where n.status = :awarded and n.closedAt >= :from and n.closedAt < :to
                            group by n.tenantId""", Object[].class)
                    .setParameter("awarded", NominationStatus.AWARDED)
                    .setParameter("from", period.startInstant())
                    .setParameter("to", period.endInstant()));
            rectificationsOpen = grouped(entities.createQuery("""
                            select c.tenantId, count(c) from RectificationCase c
                            where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)
                            group by c.tenantId""", Object[].class)
                    .setParameter("to", period.endInstant()));
            rectificationsClosed = grouped(entities.createQuery("""
                            select c.tenantId, count(c) from RectificationCase c
                            where c.closedOn >= :start and c.closedOn < :end group by c.tenantId""", Object[].class)
                    .setParameter("start", period.start())
                    .setParameter("end", period.end()));
            rectificationsOverdue = grouped(entities.createQuery("""
                            select c.tenantId, count(c) from RectificationCase c
                            where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)
                              and c.overdue = true and c.overdueSince < :end
                            group by c.tenantId""", Object[].class)
                    .setParameter("to", period.endInstant())
                    .setParameter("end", period.end()));
            noticesReceived = grouped(entities.createQuery("""
                            select n.tenantId, count(n) from SupervisionNotice n
                            where n.sentAt >= :from and n.sentAt < :to group by n.tenantId""", Object[].class)
                    .setParameter("from", period.startInstant())
                    .setParameter("to", period.endInstant()));
            noticesOnTime = handledNotices(period, true);
            noticesLate = handledNotices(period, false);
            noticesOpen = grouped(entities.createQuery("""
                            select n.tenantId, count(n) from SupervisionNotice n
                            where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)
                            group by n.tenantId""", Object[].class)
                    .setParameter("to", period.endInstant()));
            // overdue at the period end: due before its first day after, or before today while the period runs
            LocalDate today = LocalDate.now(clock);
            LocalDate cutoff = period.end().isAfter(today) ? today : period.end();
            noticesOverdue = grouped(entities.createQuery("""
                            select n.tenantId, count(n) from SupervisionNotice n
                            where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)
                              and n.due.date < :cutoff
                            group by n.tenantId""", Object[].class)
                    .setParameter("to", period.endInstant())
                    .setParameter("cutoff", cutoff));
        }

        TenantLedger.Commitments commitments(String tenant) {
            return new TenantLedger.Commitments(ByTenant.of(commitmentsSigned, tenant),
                    ByTenant.of(commitmentsVerified, tenant), ByTenant.of(commitmentsBreached, tenant));
        }

        TenantLedger.Repairs repairs(String tenant) {
            return new TenantLedger.Repairs(ByTenant.of(repairsReceived, tenant), ByTenant.of(repairsOnTime, tenant),
                    ByTenant.of(repairsLate, tenant), ByTenant.of(repairsOpen, tenant));
        }

        TenantLedger.Rectifications rectifications(String tenant) {
            return new TenantLedger.Rectifications(ByTenant.of(rectificationsOpen, tenant),
                    ByTenant.of(rectificationsClosed, tenant), ByTenant.of(rectificationsOverdue, tenant));
        }

        TenantLedger.Supervision supervision(String tenant) {
            return new TenantLedger.Supervision(ByTenant.of(noticesReceived, tenant), ByTenant.of(noticesOnTime, tenant),
                    ByTenant.of(noticesLate, tenant), ByTenant.of(noticesOpen, tenant),
                    ByTenant.of(noticesOverdue, tenant));
        }

        private Map<String, Long> closedCommitments(LedgerPeriod period, List<CommitmentStatus> outcomes) {
            return grouped(entities.createQuery("""
                            select c.tenantId, count(c) from Commitment c
                            where c.status in :outcomes and c.closedAt >= :from and c.closedAt < :to
                            group by c.tenantId""", Object[].class)
                    .setParameter("outcomes", outcomes)
                    .setParameter("from", period.startInstant())
                    .setParameter("to", period.endInstant()));
        }

        private Map<String, Long> decidedRepairs(LedgerPeriod period, boolean onTime) {
            return grouped(entities.createQuery("""
                            select a.tenantId, count(a) from RepairApplication a
                            where a.closedOn >= :start and a.closedOn < :end and a.onTime = :onTime
                            group by a.tenantId""", Object[].class)
                    .setParameter("start", period.start())
                    .setParameter("end", period.end())
                    .setParameter("onTime", onTime));
        }

        private Map<String, Long> handledNotices(LedgerPeriod period, boolean onTime) {
            return grouped(entities.createQuery("""
                            select n.tenantId, count(n) from SupervisionNotice n
                            where n.handledAt >= :from and n.handledAt < :to and n.onTime = :onTime
                            group by n.tenantId""", Object[].class)
                    .setParameter("from", period.startInstant())
                    .setParameter("to", period.endInstant())
                    .setParameter("onTime", onTime));
        }
    }

    private static Map<String, Long> grouped(TypedQuery<Object[]> query) {
        return ByTenant.counts(query.getResultList());
    }
}
