package com.credittown.workflows.commitment;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit commitments (信用承诺) as the assessment ledger counts them, per tenant: signed in a span of days, verified
 * (honoured, rectified or breached) and breached in a span of instants. Each figure is one statement grouped by tenant:
 * in a tenant's context Hibernate's tenant filter leaves its own group; for the city office's reads
 * ({@code CityReads}) it answers every tenant at once.
 */
@Component
public class CommitmentCensus {

    private static final List<CommitmentStatus> VERIFIED = List.of(CommitmentStatus.HONOURED,
            CommitmentStatus.RECTIFIED, CommitmentStatus.BREACHED);

    private final EntityManager entities;

    CommitmentCensus(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param start the first day (inclusive) commitments signed on count
     * @param end   the day after the last (exclusive)
     * @param from  the first instant (inclusive) a closed commitment counts as verified
     * @param to    the end (exclusive) of that span
     * @return the counts of every tenant in reach with a commitment counted
     */
    @Transactional(readOnly = true)
    public Map<String, CommitmentCounts> countByTenant(LocalDate start, LocalDate end, Instant from, Instant to) {
        Map<String, Long> signed = ByTenant.counts(entities.createQuery("""
                        select c.tenantId, count(c) from Commitment c where c.signedOn >= :start and c.signedOn < :end
                        group by c.tenantId""", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList());
        Map<String, Long> verified = closed(VERIFIED, from, to);
        Map<String, Long> breached = closed(List.of(CommitmentStatus.BREACHED), from, to);
        return ByTenant.rows(tenant -> new CommitmentCounts(ByTenant.of(signed, tenant), ByTenant.of(verified, tenant),
                ByTenant.of(breached, tenant)), signed, verified);
    }

    private Map<String, Long> closed(List<CommitmentStatus> outcomes, Instant from, Instant to) {
        return ByTenant.counts(entities.createQuery("""
                        select c.tenantId, count(c) from Commitment c
                        where c.status in :outcomes and c.closedAt >= :from and c.closedAt < :to
                        group by c.tenantId""", Object[].class)
                .setParameter("outcomes", outcomes)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }
}
