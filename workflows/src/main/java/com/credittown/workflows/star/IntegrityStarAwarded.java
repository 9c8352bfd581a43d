package com.credittown.workflows.star;

/**
 * The city office confirmed a nomination: the subject is an integrity star (诚信之星) of the round and the
 * honour is in its credit archive as record {@code honourRecordId}. Incentives attach to this event.
 */
public record IntegrityStarAwarded(String tenant, String nominationId, String caseId, String roundId,
                                   String roundName, long subjectId, String subjectCode, long honourRecordId) {
}
