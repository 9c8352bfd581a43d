package com.credittown.workflows.district;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's districts and member shops as the assessment ledger counts them: districts by kind, member
 * shops at an instant, admissions and removals in a span, and the members' red/yellow/green ratings as of a day,
 * computed from the complaints and inspections of the rating period ending that day under the tenant's rating
 * rules of today (the same {@link MembershipParameters} the nightly rating applies; ratings are not historised,
 * so a past day is recomputed, not looked up). Every query runs in the caller's tenant context, so Hibernate's tenant filter decides which rows count.
 */
@Component
public class DistrictCensus {

    private final EntityManager entities;
    private final MembershipParameters parameters;

    DistrictCensus(EntityManager entities, MembershipParameters parameters) {
        this.entities = entities;
        this.parameters = parameters;
    }

    /**
     * @param from      the span's first instant (inclusive)
     * @param to        the span's end (exclusive): districts existing and shops being members at this instant count
     * @param ratingDay the last day of the rating period the members are rated on
     */
    @Transactional(readOnly = true)
    public Counts count(Instant from, Instant to, LocalDate ratingDay) {
        List<Object[]> kinds = entities.createQuery("""
                        select d.kind, count(d) from District d where d.createdAt < :to group by d.kind""",
                        Object[].class)
                .setParameter("to", to)
                .getResultList();
        long malls = 0, streets = 0, markets = 0;
        for (Object[] row : kinds) {
            long n = ((Number) row[1]).longValue();
            switch ((DistrictKind) row[0]) {
                case MALL -> malls = n;
                case STREET -> streets = n;
                case MARKET -> markets = n;
            }
        }
        long admitted = entities.createQuery("""
                        select count(s) from DistrictShop s where s.admittedAt >= :from and s.admittedAt < :to""",
                        Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long removed = entities.createQuery("""
                        select count(s) from DistrictShop s where s.removedAt >= :from and s.removedAt < :to""",
                        Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();

        RatingRules rules = parameters.rules();
        List<Object[]> members = entities.createQuery("""
                        select s.id,
                               coalesce(sum(case when e.result = :substantiated then 1 else 0 end), 0),
                               coalesce(sum(case when e.result = :failed then 1 else 0 end), 0)
                        from DistrictShop s left join ShopEvent e
                          on e.shopId = s.id and e.date >= :ratingFrom and e.date <= :ratingDay
                        where s.admittedAt < :to and (s.removedAt is null or s.removedAt >= :to)
                        group by s.id""", Object[].class)
                .setParameter("substantiated", ShopEventResult.SUBSTANTIATED)
                .setParameter("failed", ShopEventResult.FAILED)
                .setParameter("ratingFrom", rules.periodStart(ratingDay))
                .setParameter("ratingDay", ratingDay)
                .setParameter("to", to)
                .getResultList();
        long red = 0, yellow = 0, green = 0;
        for (Object[] row : members) {
            switch (rules.shop(((Number) row[1]).longValue(), ((Number) row[2]).longValue())) {
                case RED -> red++;
                case YELLOW -> yellow++;
                case GREEN -> green++;
            }
        }
        return new Counts(malls, streets, markets, members.size(), admitted, removed, red, yellow, green);
    }

    /**
     * @param malls   诚信商圈 existing at the span's end
     * @param streets 诚信街区
     * @param markets 诚信市场
     * @param members member shops at the span's end; {@code red + yellow + green == members}
     */
    public record Counts(long malls, long streets, long markets, long members, long admitted, long removed,
                         long red, long yellow, long green) {
    }
}
