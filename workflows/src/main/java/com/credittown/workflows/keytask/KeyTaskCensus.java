package com.credittown.workflows.keytask;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key tasks as the assessment ledger counts them at an instant, per tenant: each copy in the state of its latest
 * revision before that instant (so a later change does not rewrite a past period), OVERDUE when not done and its
 * deadline is before the cut-off day. One query grouped by tenant: in a tenant's context its own copies (Hibernate's
 * tenant filter), for the city office's reads ({@code CityReads}) every tenant's.
 */
@Component
public class KeyTaskCensus {

    private final EntityManager entities;

    KeyTaskCensus(EntityManager entities) {
        this.entities = entities;
    }

    /** The current tenant's counts (see {@link #countByTenant}). */
    @Transactional(readOnly = true)
    public KeyTaskCounts count(Instant at, LocalDate cutoff) {
        return countByTenant(at, cutoff).values().stream().findFirst().orElse(KeyTaskCounts.NONE);
    }

    /**
     * @param at     copies assigned before this instant count, in their state at it
     * @param cutoff a task not done whose deadline is before this day is overdue
     * @return the counts of every tenant in reach with a copy
     */
    @Transactional(readOnly = true)
    public Map<String, KeyTaskCounts> countByTenant(Instant at, LocalDate cutoff) {
        Map<String, long[]> byTenant = new HashMap<>();
        for (Object[] row : entities.createQuery("""
                        select c.tenantId, r.state, t.deadline from KeyTaskRevision r, KeyTaskAssignment c, KeyTask t
                        where r.assignmentId = c.id and c.keyTaskId = t.id and r.changedAt < :at
                          and r.revision = (select max(r2.revision) from KeyTaskRevision r2
                                            where r2.assignmentId = r.assignmentId and r2.changedAt < :at)""",
                        Object[].class)
                .setParameter("at", at)
                .getResultList()) {
            long[] counts = byTenant.computeIfAbsent((String) row[0], t -> new long[5]);
            KeyTaskState state = (KeyTaskState) row[1];
            LocalDate deadline = (LocalDate) row[2];
            counts[0]++;
            if (state == KeyTaskState.DONE) {
                counts[3]++;
            } else if (deadline.isBefore(cutoff)) {
                counts[4]++;
            } else if (state == KeyTaskState.IN_PROGRESS) {
                counts[2]++;
            } else {
                counts[1]++;
            }
        }
        Map<String, KeyTaskCounts> counts = new HashMap<>();
        byTenant.forEach((tenant, c) -> counts.put(tenant, new KeyTaskCounts(c[0], c[1], c[2], c[3], c[4])));
        return counts;
    }
}
