package com.credittown.workflows.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public report check shows for a valid verification code.
 *
 * @param code        the code as printed on the report, e.g. {@code 7K3M-Q9XT-2HDW-A4RN}
 * @param noViolation whether the report stated it may stand in for a no-violation certificate
 * @param sm3         the SM3 hash (hex) of the report's PDF bytes as issued
 */
public record ReportCheck(String code, String subjectName, String tenant, String tenantName, Instant issuedAt,
                          LocalDate periodFirstDay, LocalDate periodLastDay, boolean noViolation, String sm3,
                          long sizeBytes) {
}
