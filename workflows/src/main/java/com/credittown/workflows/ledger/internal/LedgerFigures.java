package com.credittown.workflows.ledger.internal;

import com.credittown.platform.credit.CreditRecordFigures;
import com.credittown.platform.credit.publication.PublicationFigures;
import com.credittown.platform.tenancy.ByTenant;
import com.credittown.platform.time.PlatformClock;
import com.credittown.workflows.commitment.CommitmentCensus;
import com.credittown.workflows.commitment.CommitmentCounts;
import com.credittown.workflows.district.DistrictCensus;
import com.credittown.workflows.district.DistrictCounts;
import com.credittown.workflows.keytask.KeyTaskCensus;
import com.credittown.workflows.keytask.KeyTaskCounts;
import com.credittown.workflows.ledger.LedgerPeriod;
import com.credittown.workflows.ledger.TenantLedger;
import com.credittown.workflows.rectification.RectificationCensus;
import com.credittown.workflows.rectification.RectificationCounts;
import com.credittown.workflows.repair.RepairCensus;
import com.credittown.workflows.repair.RepairCounts;
import com.credittown.workflows.star.StarCensus;
import com.credittown.workflows.supervision.SupervisionCensus;
import com.credittown.workflows.supervision.SupervisionCounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the ledger figures of the tenants in reach from each feature's own census API ({@link CommitmentCensus},
 * {@link RepairCensus}, {@link StarCensus}, {@link RectificationCensus}, {@link DistrictCensus},
 * {@link SupervisionCensus}, {@link KeyTaskCensus}) and the platform's typed read APIs ({@link PublicationFigures},
 * {@link CreditRecordFigures}): no query here names another feature's entity. Each census answers with one grouped
 * statement per figure for every tenant in reach: in a tenant's context Hibernate's {@code @TenantId} filter leaves
 * its own rows; for the city office ({@code CityReads}) the same statements answer every tenant at once, so a city
 * figure is one query, not one per tenant. All of them join this read-only transaction.
 *
 * <p>Internal to the ledger feature: only {@code LedgerService} calls it (ModuleDependenciesArchTest).
 */
@Component
public class LedgerFigures {

    private final PublicationFigures publications;
    private final CreditRecordFigures creditRecords;
    private final CommitmentCensus commitments;
    private final RepairCensus repairs;
    private final StarCensus stars;
    private final RectificationCensus rectifications;
    private final DistrictCensus districts;
    private final SupervisionCensus supervision;
    private final KeyTaskCensus keyTasks;
    private final PlatformClock clock;

    LedgerFigures(PublicationFigures publications, CreditRecordFigures creditRecords, CommitmentCensus commitments,
                  RepairCensus repairs, StarCensus stars, RectificationCensus rectifications,
                  DistrictCensus districts, SupervisionCensus supervision, KeyTaskCensus keyTasks,
                  PlatformClock clock) {
        this.publications = publications;
        this.creditRecords = creditRecords;
        this.commitments = commitments;
        this.repairs = repairs;
        this.stars = stars;
        this.rectifications = rectifications;
        this.districts = districts;
        this.supervision = supervision;
        this.keyTasks = keyTasks;
        this.clock = clock;
    }

    /**
     * The ledgers of these tenants for the period, in the order given.
     *
     * @param tenants code to Chinese name of every tenant to report (a tenant with no rows gets zeros)
     */
    @Transactional(readOnly = true)
    public Map<String, TenantLedger> of(Map<String, String> tenants, LedgerPeriod period) {
        Map<String, PublicationFigures.Decided> published = publications.decidedBetween(period.start(), period.end());
        Map<String, Long> rejected = publications.rejectedBetween(period.startInstant(), period.endInstant());
        Map<String, Long> severeAtStart = creditRecords.subjectsInSevereDishonestyPublicity(period.start(),
                period.startInstant());
        Map<String, Long> severeAtEnd = creditRecords.subjectsInSevereDishonestyPublicity(period.end(),
                period.endInstant());
        LocalDate today = LocalDate.now(clock);
        LocalDate ratingDay = period.lastDay().isAfter(today) ? today : period.lastDay();
        // overdue at the period end: due before its first day after, or before today while the period runs
        LocalDate cutoff = period.end().isAfter(today) ? today : period.end();
        Map<String, CommitmentCounts> signed = commitments.countByTenant(period.start(), period.end(),
                period.startInstant(), period.endInstant());
        Map<String, RepairCounts> repaired = repairs.countByTenant(period.start(), period.end(),
                period.endInstant());
        Map<String, Long> awarded = stars.awardedByTenant(period.startInstant(), period.endInstant());
        Map<String, RectificationCounts> rectified = rectifications.countByTenant(period.start(), period.end(),
                period.endInstant());
        Map<String, DistrictCounts> inDistricts = districts.countByTenant(period.startInstant(),
                period.endInstant(), ratingDay);
        Map<String, SupervisionCounts> notices = supervision.countByTenant(period.startInstant(),
                period.endInstant(), cutoff);
        Map<String, KeyTaskCounts> tasks = keyTasks.countByTenant(period.endInstant(), cutoff);

        Map<String, TenantLedger> ledgers = new LinkedHashMap<>();
        tenants.forEach((tenant, name) -> {
            PublicationFigures.Decided decided = published.getOrDefault(tenant, PublicationFigures.Decided.NONE);
            CommitmentCounts c = signed.getOrDefault(tenant, CommitmentCounts.NONE);
            RepairCounts r = repaired.getOrDefault(tenant, RepairCounts.NONE);
            RectificationCounts g = rectified.getOrDefault(tenant, RectificationCounts.NONE);
            DistrictCounts d = inDistricts.getOrDefault(tenant, DistrictCounts.NONE);
            SupervisionCounts s = notices.getOrDefault(tenant, SupervisionCounts.NONE);
            KeyTaskCounts k = tasks.getOrDefault(tenant, KeyTaskCounts.NONE);
            ledgers.put(tenant, new TenantLedger(tenant, name, period.code(),
                    TenantLedger.DoublePublicity.of(decided.entries(), decided.onTime(),
                            ByTenant.of(rejected, tenant), decided.workingDays()),
                    TenantLedger.SevereDishonesty.of(ByTenant.of(severeAtStart, tenant),
                            ByTenant.of(severeAtEnd, tenant)),
                    new TenantLedger.Commitments(c.signed(), c.verified(), c.breached()),
                    new TenantLedger.Repairs(r.received(), r.decidedOnTime(), r.decidedLate(), r.openAtEnd()),
                    ByTenant.of(awarded, tenant),
                    new TenantLedger.Rectifications(g.openAtEnd(), g.closed(), g.overdueAtEnd()),
                    TenantLedger.Districts.of(d.malls(), d.streets(), d.markets(), d.members(), d.admitted(),
                            d.removed(), d.red(), d.yellow(), d.green()),
                    new TenantLedger.Supervision(s.received(), s.handledOnTime(), s.handledLate(), s.openAtEnd(),
                            s.overdueAtEnd()),
                    new TenantLedger.KeyTasks(k.assigned(), k.notStarted(), k.inProgress(), k.done(), k.overdue()),
                    TenantLedger.PENDING));
        });
        return ledgers;
    }
}
