package com.credittown.platform.credit.severelist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A proposal for the severe-dishonesty list as officers, the city office and the subject itself see it.
 *
 * @param statementDue        the last day of the statement-and-defence period (working days on the city calendar)
 * @param statementDueFlagged the period ran through a year with no calendar entered (counted Monday to Friday)
 * @param recordId            the archive record the inclusion decision wrote (or the last correction), while listed or
 *                            after removal
 * @param correctedAt         when the city office last corrected the published entry (更正), with who and why
 * @param underObjection      an objection to the entry is examined now (异议处理中)
 */
public record ListEntryView(long id, long subjectId, String subjectCode, String subjectName, String proposerTenant,
                            String department, String grounds, String legalBasis, List<Long> citedRecordIds,
                            ListingStatus status, Instant proposedAt, String proposedBy, Instant noticeServedAt,
                            LocalDate statementDue, boolean statementDueFlagged, String statement,
                            Instant statementAt, Instant decidedAt, String decidedBy, String decisionReason,
                            LocalDate listedFrom, LocalDate listedUntil, Long recordId, Instant removedAt,
                            RemovalReason removalReason, String removalNote, Instant correctedAt,
                            String correctedBy, String correctionNote, boolean underObjection) {

    /** What officers of other tenants read of a listed subject: not the subject's statement nor who handled it. */
    ListEntryView published() {
        return new ListEntryView(id, subjectId, subjectCode, subjectName, proposerTenant, department, grounds,
                legalBasis, citedRecordIds, status, proposedAt, null, noticeServedAt, statementDue,
                statementDueFlagged, null, statementAt, decidedAt, null, decisionReason, listedFrom, listedUntil,
                recordId, removedAt, removalReason, removalNote, correctedAt, null, correctionNote, underObjection);
    }
}
