package com.credittown.workflows.rectification;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Government-dishonesty rectification cases (政务失信整改) as the assessment ledger counts them, per tenant: open at an
 * instant, closed in a span of days, and overdue at the instant. Each figure is one statement grouped by tenant: in a
 * tenant's context its own group; for the city office's reads ({@code CityReads}) every tenant's.
 */
@Component
public class RectificationCensus {

    private final EntityManager entities;

    RectificationCensus(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param start the first day (inclusive) cases closed on count
     * @param end   the day after the last (exclusive); a case overdue since before it is overdue
     * @param to    cases opened before this instant and not closed by it are open
     * @return the counts of every tenant in reach with a case counted
     */
    @Transactional(readOnly = true)
    public Map<String, RectificationCounts> countByTenant(LocalDate start, LocalDate end, Instant to) {
        Map<String, Long> open = ByTenant.counts(entities.createQuery("""
                        select c.tenantId, count(c) from RectificationCase c
                        where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)
                        group by c.tenantId""", Object[].class)
                .setParameter("to", to)
                .getResultList());
        Map<String, Long> closed = ByTenant.counts(entities.createQuery("""
                        select c.tenantId, count(c) from RectificationCase c
                        where c.closedOn >= :start and c.closedOn < :end group by c.tenantId""", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList());
        Map<String, Long> overdue = ByTenant.counts(entities.createQuery("""
                        select c.tenantId, count(c) from RectificationCase c
                        where c.openedAt < :to and (c.closedAt is null or c.closedAt >= :to)
                          and c.overdue = true and c.overdueSince < :end
                        group by c.tenantId""", Object[].class)
                .setParameter("to", to)
                .setParameter("end", end)
                .getResultList());
        return ByTenant.rows(tenant -> new RectificationCounts(ByTenant.of(open, tenant), ByTenant.of(closed, tenant),
                ByTenant.of(overdue, tenant)), open, closed);
    }
}
