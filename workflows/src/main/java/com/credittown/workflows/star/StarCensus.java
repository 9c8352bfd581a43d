package com.credittown.workflows.star;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrity stars (诚信之星) as the assessment ledger counts them, per tenant: nominations awarded in a span. One
 * statement grouped by tenant: in a tenant's context its own group; for the city office's reads every tenant's.
 */
@Component
public class StarCensus {

    private final EntityManager entities;

    StarCensus(EntityManager entities) {
        this.entities = entities;
    }

    /** Nominations awarded (closed as AWARDED) from {@code from} (inclusive) to {@code to} (exclusive), by tenant. */
    @Transactional(readOnly = true)
    public Map<String, Long> awardedByTenant(Instant from, Instant to) {
        return ByTenant.counts(entities.createQuery("""
                        select n.tenantId, count(n) from StarNomination n
                        where n.status = :awarded and n.closedAt >= :from and n.closedAt < :to
                        group by n.tenantId""", Object[].class)
                .setParameter("awarded", NominationStatus.AWARDED)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }
}
