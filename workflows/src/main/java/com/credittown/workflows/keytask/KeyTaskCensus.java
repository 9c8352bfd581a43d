package com.credittown.workflows.keytask;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's key tasks as the assessment ledger counts them at an instant: each copy in the state of its
 * latest revision before that instant (so a later change does not rewrite a past period), OVERDUE when not done
 * and its deadline is before the cut-off day. Runs in the caller's tenant context (Hibernate's tenant filter).
 */
@Component
public class KeyTaskCensus {

    private final EntityManager entities;

    KeyTaskCensus(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param at     copies assigned before this instant count, in their state at it
     * @param cutoff a task not done whose deadline is before this day is overdue
     */
    @Transactional(readOnly = true)
    public Counts count(Instant at, LocalDate cutoff) {
        List<Object[]> rows = entities.createQuery("""
                        select r.state, t.deadline from KeyTaskRevision r, KeyTaskAssignment c, KeyTask t
                        where r.assignmentId = c.id and c.keyTaskId = t.id and r.changedAt < :at
                          and r.revision = (select max(r2.revision) from KeyTaskRevision r2
                                            where r2.assignmentId = r.assignmentId and r2.changedAt < :at)""",
                        Object[].class)
                .setParameter("at", at)
                .getResultList();
        long notStarted = 0, inProgress = 0, done = 0, overdue = 0;
        for (Object[] row : rows) {
            KeyTaskState state = (KeyTaskState) row[0];
            LocalDate deadline = (LocalDate) row[1];
            if (state == KeyTaskState.DONE) {
                done++;
            } else if (deadline.isBefore(cutoff)) {
                overdue++;
            } else if (state == KeyTaskState.IN_PROGRESS) {
                inProgress++;
            } else {
                notStarted++;
            }
        }
        return new Counts(rows.size(), notStarted, inProgress, done, overdue);
    }

    /** Copies assigned by then, and how they stood: {@code notStarted + inProgress + done + overdue == assigned}. */
    public record Counts(long assigned, long notStarted, long inProgress, long done, long overdue) {
    }
}
