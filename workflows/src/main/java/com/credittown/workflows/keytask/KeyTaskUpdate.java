package com.credittown.workflows.keytask;

/**
 * A tenant's update of its copy of a key task. Every field is the new value (a missing one is cleared).
 *
 * @param status      NOT_STARTED, IN_PROGRESS or DONE (OVERDUE is computed, never set)
 * @param completedOn ISO date, required with DONE and only with DONE, not in the future
 * @param version     optional: the version the caller read; a different current version answers 409
 */
public record KeyTaskUpdate(String ownerPerson, String status, String progressNote, String completedOn,
                            Long version) {
}
