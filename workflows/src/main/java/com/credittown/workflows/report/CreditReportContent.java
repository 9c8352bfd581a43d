package com.credittown.workflows.report;

import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.workflows.commitment.Commitment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a credit report says, gathered before it is drawn.
 *
 * @param activeDishonesty the dishonesty records in publicity at some time in the period: none means the report may
 *                         stand in for a no-violation certificate
 */
record CreditReportContent(String code, String tenantName, Instant issuedAt, LocalDate periodFirstDay,
                           LocalDate periodLastDay, SubjectArchive archive, List<RecordView> honours,
                           List<Commitment> commitments, List<RecordView> activeDishonesty) {

    boolean noViolation() {
        return activeDishonesty.isEmpty();
    }
}
