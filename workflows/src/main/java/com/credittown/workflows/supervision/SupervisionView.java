package com.credittown.workflows.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as the city office and the receiving tenant see it, with its status on the day it is read.
 *
 * @param dueFlagged the deadline crossed a year whose working-day calendar has not been entered: check it
 */
public record SupervisionView(String id, String tenant, String tenantName, SupervisionKind kind, String kindName,
                              String title, String text, int workingDays, LocalDate sentOn, Instant sentAt,
                              String sentBy, LocalDate dueDate, boolean dueFlagged, SupervisionStatus status,
                              String caseId, Instant handledAt, LocalDate handledOn, String handledBy, String contact,
                              String report) {

    static SupervisionView of(SupervisionNotice n, String tenant, String tenantName, LocalDate today) {
        return new SupervisionView(n.id(), tenant, tenantName, n.kind(), n.kind().labelZh(), n.title(), n.body(),
                n.workingDays(), n.sentOn(), n.sentAt(), n.sentBy(), n.dueDate(), n.dueFlagged(), n.status(today),
                n.caseId(), n.handledAt(), n.handledOn(), n.handledBy(), n.contact(), n.report());
    }
}
