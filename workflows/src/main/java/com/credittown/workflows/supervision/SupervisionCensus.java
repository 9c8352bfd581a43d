package com.credittown.workflows.supervision;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city office's notices, supervision requests and interview reminders (通知、督办、约谈提醒) as the assessment ledger
 * counts them, per tenant: received in a span, handled in it on time or late, open at its end and of those overdue.
 * Each figure is one statement grouped by tenant: in a tenant's context its own group; for the city office's reads
 * ({@code CityReads}) every tenant's.
 */
@Component
public class SupervisionCensus {

    private final EntityManager entities;

    SupervisionCensus(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param from   the span's first instant (inclusive)
     * @param to     its end (exclusive): notices sent before it and not handled by it are open
     * @param cutoff an open notice due before this day is overdue
     * @return the counts of every tenant in reach with a notice counted
     */
    @Transactional(readOnly = true)
    public Map<String, SupervisionCounts> countByTenant(Instant from, Instant to, LocalDate cutoff) {
        Map<String, Long> received = ByTenant.counts(entities.createQuery("""
                        select n.tenantId, count(n) from SupervisionNotice n
                        where n.sentAt >= :from and n.sentAt < :to group by n.tenantId""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
        Map<String, Long> onTime = handled(from, to, true);
        Map<String, Long> late = handled(from, to, false);
        Map<String, Long> open = ByTenant.counts(entities.createQuery("""
                        select n.tenantId, count(n) from SupervisionNotice n
                        where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)
                        group by n.tenantId""", Object[].class)
                .setParameter("to", to)
                .getResultList());
        Map<String, Long> overdue = ByTenant.counts(entities.createQuery("""
                        select n.tenantId, count(n) from SupervisionNotice n
                        where n.sentAt < :to and (n.handledAt is null or n.handledAt >= :to)
                          and n.due.date < :cutoff
                        group by n.tenantId""", Object[].class)
                .setParameter("to", to)
                .setParameter("cutoff", cutoff)
                .getResultList());
        return ByTenant.rows(tenant -> new SupervisionCounts(ByTenant.of(received, tenant), ByTenant.of(onTime, tenant),
                ByTenant.of(late, tenant), ByTenant.of(open, tenant), ByTenant.of(overdue, tenant)),
                received, onTime, late, open);
    }

    private Map<String, Long> handled(Instant from, Instant to, boolean onTime) {
        return ByTenant.counts(entities.createQuery("""
                        select n.tenantId, count(n) from SupervisionNotice n
                        where n.handledAt >= :from and n.handledAt < :to and n.onTime = :onTime
                        group by n.tenantId""", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("onTime", onTime)
                .getResultList());
    }
}
