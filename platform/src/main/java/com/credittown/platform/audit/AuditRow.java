package com.credittown.platform.audit;

import java.time.Instant;

/** One audit entry as the viewer shows it, with its place in its chain. */
public record AuditRow(long id, String chain, long seq, String tenant, Instant occurredAt, String actor, String action,
                       String subjectType, String subjectId, String detail) {
}
