package com.credittown.workflows.keytask;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A key task as the city office sees it, with every assigned tenant's copy (sorted by tenant code).
 *
 * @param remindOnFlagged the reminder day crossed a year whose working-day calendar has not been entered
 */
public record KeyTaskView(String id, String title, String description, String basis, String ownerUnit,
                          LocalDate deadline, Integer reminderWorkingDays, LocalDate remindOn, boolean remindOnFlagged,
                          Instant createdAt, String createdBy, List<TenantKeyTask> tenants) {

    static KeyTaskView of(KeyTask task, List<TenantKeyTask> copies) {
        return new KeyTaskView(task.id(), task.title(), task.description(), task.basis(), task.ownerUnit(),
                task.deadline(), task.reminderWorkingDays(), task.remindOn(), task.remindOnFlagged(),
                task.createdAt(), task.createdBy(), copies);
    }

    /** A version of a tenant's copy: its content, who changed it, when, and what changed. */
    public record Revision(int revision, String ownerPerson, KeyTaskState state, String progressNote,
                           LocalDate completedOn, Instant changedAt, String changedBy, String changes) {

        static Revision of(KeyTaskRevision r) {
            return new Revision(r.revision(), r.ownerPerson(), r.state(), r.progressNote(), r.completedOn(),
                    r.changedAt(), r.changedBy(), r.changes());
        }
    }
}
