package com.credittown.platform.credit;

import com.credittown.platform.tenancy.ByTenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over the credit records each tenant recorded, for reports such as the assessment ledger, typed so that a
 * caller outside this package needs neither the entity nor its JPQL name. Grouped by the recording tenant: in a
 * tenant's context only its own group, for the city office ({@code CityReads}) every tenant's, in one statement.
 */
@Component
public class CreditRecordFigures {

    private final EntityManager entities;

    CreditRecordFigures(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Per recording tenant: subjects with a severe dishonesty record (严重失信) it recorded, decided before
     * {@code day}, whose publicity had not ended by {@code at}.
     */
    @Transactional(readOnly = true)
    public Map<String, Long> subjectsInSevereDishonestyPublicity(LocalDate day, Instant at) {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isEmpty() && !TenantContext.readsForCity()) {
            throw new IllegalStateException("Ledger figures are read for a tenant or for the city");
        }
        // records are the city's, not tenant-scoped: a tenant's own figures name it
        var query = entities.createQuery("select r.ownerTenant, count(distinct r.subjectId) from CreditRecord r"
                        + " where r.kind = :kind and r.severity = :severity and r.decisionDate < :day"
                        + " and (r.publicityEndedAt is null or r.publicityEndedAt >= :at) and r.ownerTenant is not null"
                        + (tenant.isPresent() ? " and r.ownerTenant = :tenant" : "") + " group by r.ownerTenant",
                        Object[].class)
                .setParameter("kind", RecordKind.DISHONESTY)
                .setParameter("severity", Severity.SEVERE)
                .setParameter("day", day)
                .setParameter("at", at);
        tenant.ifPresent(t -> query.setParameter("tenant", t.code()));
        return ByTenant.counts(query.getResultList());
    }
}
