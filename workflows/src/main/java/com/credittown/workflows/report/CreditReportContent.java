package com.credittown.workflows.report;

import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.rule.Verdict;
import com.credittown.workflows.commitment.Commitment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a credit report says, gathered before it is drawn.
 *
 * @param certificate the city's rule on whether the report may stand in for a no-violation certificate, over the
 *                    subject's whole archive in the report's period
 * @param checkUrl    the public check page of this report (its QR code)
 */
record CreditReportContent(String code, String tenantName, Instant issuedAt, LocalDate periodFirstDay,
                           LocalDate periodLastDay, SubjectArchive archive, List<RecordView> honours,
                           List<Commitment> commitments, Verdict certificate, String checkUrl) {

    boolean noViolation() {
        return certificate.allowed();
    }
}
