package com.credittown.workflows.district;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Districts and member shops as the assessment ledger counts them, per tenant: districts by kind, member shops at an
 * instant, admissions and removals in a span, and the members' red/yellow/green ratings as of a day, computed from the
 * complaints and inspections of the rating period ending that day under each tenant's rating rules of today (the same
 * {@link MembershipParameters} the nightly rating applies; ratings are not historised, so a past day is recomputed,
 * not looked up). Every query is grouped by tenant: in a tenant's context Hibernate's tenant filter leaves its own
 * group; for the city office's reads ({@code CityReads}) each query answers every tenant at once.
 */
@Component
public class DistrictCensus {

    private final EntityManager entities;
    private final MembershipParameters parameters;

    DistrictCensus(EntityManager entities, MembershipParameters parameters) {
        this.entities = entities;
        this.parameters = parameters;
    }

    /** The current tenant's counts (see {@link #countByTenant}). */
    @Transactional(readOnly = true)
    public DistrictCounts count(Instant from, Instant to, LocalDate ratingDay) {
        return countByTenant(from, to, ratingDay).values().stream().findFirst().orElse(DistrictCounts.NONE);
    }

    /**
     * @param from      the span's first instant (inclusive)
     * @param to        the span's end (exclusive): districts existing and shops being members at this instant count
     * @param ratingDay the last day of the rating period the members are rated on
     * @return the counts of every tenant in reach that has a district or a shop
     */
    @Transactional(readOnly = true)
    public Map<String, DistrictCounts> countByTenant(Instant from, Instant to, LocalDate ratingDay) {
        Map<String, Map<DistrictKind, Long>> kinds = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                        select d.tenantId, d.kind, count(d) from District d where d.createdAt < :to
                        group by d.tenantId, d.kind""", Object[].class)
                .setParameter("to", to).getResultList()) {
            kinds.computeIfAbsent((String) row[0], t -> new HashMap<>())
                    .put((DistrictKind) row[1], ((Number) row[2]).longValue());
        }
        Map<String, Long> admitted = ByTenant.counts(entities.createQuery("""
                        select s.tenantId, count(s) from DistrictShop s where s.admittedAt >= :from and s.admittedAt < :to
                        group by s.tenantId""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        Map<String, Long> removed = ByTenant.counts(entities.createQuery("""
                        select s.tenantId, count(s) from DistrictShop s where s.removedAt >= :from and s.removedAt < :to
                        group by s.tenantId""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList());
        Map<String, long[]> ratings = ratings(to, ratingDay);

        return ByTenant.rows(tenant -> {
            Map<DistrictKind, Long> k = kinds.getOrDefault(tenant, Map.of());
            long[] r = ratings.getOrDefault(tenant, new long[4]);
            return new DistrictCounts(k.getOrDefault(DistrictKind.MALL, 0L), k.getOrDefault(DistrictKind.STREET, 0L),
                    k.getOrDefault(DistrictKind.MARKET, 0L), r[0], ByTenant.of(admitted, tenant),
                    ByTenant.of(removed, tenant), r[1], r[2], r[3]);
        }, kinds, admitted, removed, ratings);
    }

    /**
     * Per tenant: {@code [members, red, yellow, green]} at {@code to}, each member rated on its events in its tenant's
     * rating period ending on {@code ratingDay}. One query reads the members and their events since the earliest
     * period start of any tenant; each tenant's own period is applied here.
     */
    private Map<String, long[]> ratings(Instant to, LocalDate ratingDay) {
        RulesByTenant rules = parameters.rulesByTenant();
        LocalDate earliest = rules.adapted().values().stream().map(r -> r.periodStart(ratingDay))
                .reduce(rules.city().periodStart(ratingDay), (a, b) -> a.isBefore(b) ? a : b);
        Map<String, Map<String, long[]>> members = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                        select s.tenantId, s.id, e.date, e.result
                        from DistrictShop s left join ShopEvent e
                          on e.shopId = s.id and e.date >= :earliest and e.date <= :ratingDay
                        where s.admittedAt < :to and (s.removedAt is null or s.removedAt >= :to)""", Object[].class)
                .setParameter("earliest", earliest)
                .setParameter("ratingDay", ratingDay)
                .setParameter("to", to)
                .getResultList()) {
            String tenant = (String) row[0];
            long[] events = members.computeIfAbsent(tenant, t -> new HashMap<>())
                    .computeIfAbsent((String) row[1], id -> new long[2]);
            LocalDate date = (LocalDate) row[2];
            if (date != null && !date.isBefore(rules.of(tenant).periodStart(ratingDay))) {
                if (row[3] == ShopEventResult.SUBSTANTIATED) {
                    events[0]++;
                } else if (row[3] == ShopEventResult.FAILED) {
                    events[1]++;
                }
            }
        }
        Map<String, long[]> byTenant = new HashMap<>();
        members.forEach((tenant, shops) -> {
            long[] counts = new long[4];
            counts[0] = shops.size();
            for (long[] events : shops.values()) {
                switch (rules.of(tenant).shop(events[0], events[1])) {
                    case RED -> counts[1]++;
                    case YELLOW -> counts[2]++;
                    case GREEN -> counts[3]++;
                }
            }
            byTenant.put(tenant, counts);
        });
        return byTenant;
    }
}
