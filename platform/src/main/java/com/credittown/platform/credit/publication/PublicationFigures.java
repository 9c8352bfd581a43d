package com.credittown.platform.credit.publication;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over 双公示 entries for reports such as the assessment ledger, typed so that a caller outside this package
 * needs neither the entity nor its JPQL name. Grouped by tenant: in a tenant's context only its own group (Hibernate's
 * tenant filter), for the city office ({@code CityReads}) every tenant's, in one statement.
 */
@Component
public class PublicationFigures {

    private final EntityManager entities;

    PublicationFigures(EntityManager entities) {
        this.entities = entities;
    }

    /** Per tenant, the entries of the decisions dated from {@code from} (inclusive) to {@code until} (exclusive). */
    @Transactional(readOnly = true)
    public Map<String, Decided> decidedBetween(LocalDate from, LocalDate until) {
        Map<String, Decided> decided = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                        select e.tenantId, count(e), sum(case when e.onTime = true then 1 else 0 end),
                               coalesce(sum(e.workingDays), 0)
                        from DoublePublicityEntry e where e.decisionDate >= :from and e.decisionDate < :until
                        group by e.tenantId""", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList()) {
            decided.put((String) row[0], new Decided(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()));
        }
        return decided;
    }

    /**
     * Per tenant, the rows rejected by the imports started from {@code from} (inclusive) to {@code until}
     * (exclusive): each submission of a bad row counts (a rejected row has no reliable decision date, so the import's
     * time places it in a period).
     */
    @Transactional(readOnly = true)
    public Map<String, Long> rejectedBetween(Instant from, Instant until) {
        Map<String, Long> rejected = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                        select j.tenantId, coalesce(sum(j.rejected), 0) from ImportJob j
                        where j.startedAt >= :from and j.startedAt < :until group by j.tenantId""", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList()) {
            rejected.put((String) row[0], ((Number) row[1]).longValue());
        }
        return rejected;
    }

    /**
     * @param entries     published entries
     * @param onTime      of them, published within the configured working days of the decision
     * @param workingDays the working days from decision to publication, summed over the entries
     */
    public record Decided(long entries, long onTime, long workingDays) {

        public static final Decided NONE = new Decided(0, 0, 0);
    }
}
