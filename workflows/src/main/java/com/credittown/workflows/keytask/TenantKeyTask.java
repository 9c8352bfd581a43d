package com.credittown.workflows.keytask;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the key-task ledger: a key task as one tenant keeps it, with the status on the day it is read.
 *
 * @param reminderDue the reminder day has come and the task is neither done nor overdue
 */
public record TenantKeyTask(String keyTaskId, String title, String description, String basis, String ownerUnit,
                            LocalDate deadline, LocalDate remindOn, boolean reminderDue, String tenant,
                            String tenantName, String ownerPerson, KeyTaskStatus status, String statusName,
                            String progressNote, LocalDate completedOn, int revision, long version, Instant updatedAt,
                            String updatedBy) {

    static TenantKeyTask of(KeyTask task, KeyTaskAssignment copy, String tenant, String tenantName, LocalDate today) {
        KeyTaskStatus status = KeyTaskStatus.of(copy.state(), task.deadline(), today);
        boolean reminderDue = task.remindOn() != null && !today.isBefore(task.remindOn())
                && (status == KeyTaskStatus.NOT_STARTED || status == KeyTaskStatus.IN_PROGRESS);
        return new TenantKeyTask(task.id(), task.title(), task.description(), task.basis(), task.ownerUnit(),
                task.deadline(), task.remindOn(), reminderDue, tenant, tenantName, copy.ownerPerson(), status,
                status.labelZh(), copy.progressNote(), copy.completedOn(), copy.revision(), copy.version(),
                copy.updatedAt(), copy.updatedBy());
    }
}
