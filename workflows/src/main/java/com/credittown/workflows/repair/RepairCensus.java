package com.credittown.workflows.repair;

import com.credittown.platform.tenancy.ByTenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair applications (信用修复) as the assessment ledger counts them, per tenant: received in a span of days,
 * decided in it on time or late, and open at an instant. Each figure is one statement grouped by tenant: in a tenant's
 * context its own group (Hibernate's tenant filter); for the city office's reads ({@code CityReads}) every tenant's.
 */
@Component
public class RepairCensus {

    private final EntityManager entities;

    RepairCensus(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param start the first day (inclusive) of the span applications are received and decided in
     * @param end   the day after its last (exclusive)
     * @param to    applications applied for before this instant and not closed by it are open
     * @return the counts of every tenant in reach with an application counted
     */
    @Transactional(readOnly = true)
    public Map<String, RepairCounts> countByTenant(LocalDate start, LocalDate end, Instant to) {
        Map<String, Long> received = ByTenant.counts(entities.createQuery("""
                        select a.tenantId, count(a) from RepairApplication a
                        where a.appliedOn >= :start and a.appliedOn < :end group by a.tenantId""", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList());
        Map<String, Long> onTime = decided(start, end, true);
        Map<String, Long> late = decided(start, end, false);
        Map<String, Long> open = ByTenant.counts(entities.createQuery("""
                        select a.tenantId, count(a) from RepairApplication a
                        where a.appliedAt < :to and (a.closedAt is null or a.closedAt >= :to)
                        group by a.tenantId""", Object[].class)
                .setParameter("to", to)
                .getResultList());
        return ByTenant.rows(tenant -> new RepairCounts(ByTenant.of(received, tenant), ByTenant.of(onTime, tenant),
                ByTenant.of(late, tenant), ByTenant.of(open, tenant)), received, onTime, late, open);
    }

    private Map<String, Long> decided(LocalDate start, LocalDate end, boolean onTime) {
        return ByTenant.counts(entities.createQuery("""
                        select a.tenantId, count(a) from RepairApplication a
                        where a.closedOn >= :start and a.closedOn < :end and a.onTime = :onTime
                        group by a.tenantId""", Object[].class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setParameter("onTime", onTime)
                .getResultList());
    }
}
