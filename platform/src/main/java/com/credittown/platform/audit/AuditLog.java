package com.credittown.platform.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries in the caller's transaction, so an audited change and its entry commit or roll
 * back together.
 */
@Service
public class AuditLog {

    /** The actor of work the platform does by itself (timers, provisioning). */
    public static final String SYSTEM = "system";

    private static final int MAX_DETAIL = 2000;

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(String actor, String action, String subjectType, String subjectId, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return entries.save(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, trimmed));
    }

    /**
     * Writes an entry into a named tenant's trail from the city's writes across tenants ({@code CityWrites}), in the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry recordFor(com.credittown.platform.tenancy.TenantId tenant, String actor, String action,
                                String subjectType, String subjectId, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, trimmed);
        entry.forTenant(tenant);
        return entries.save(entry);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> trailOf(String subjectType, String subjectId) {
        return entries.findBySubjectTypeAndSubjectIdOrderByIdAsc(subjectType, subjectId);
    }
}
