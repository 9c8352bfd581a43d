package com.credittown.workflows.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public report check confirms about one issued credit report: whose it is, who issued it and when, and the
 * SM3 hash of the exact PDF bytes. Not tenant-filtered on purpose: the public check finds it by its code alone, and
 * that code is the only way in (random, 80 bits). Written once, never updated.
 */
@Entity
@Table(name = "credit_report")
class ReportVerification {

    @Id
    @Column(name = "code", length = 16)
    private String code;

    @Column(name = "tenant_id", nullable = false, length = 40, updatable = false)
    private String tenant;

    @Column(name = "tenant_name", nullable = false, length = 100, updatable = false)
    private String tenantName;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "subject_name", nullable = false, length = 200, updatable = false)
    private String subjectName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 100, updatable = false)
    private String issuedBy;

    @Column(name = "period_first_day", nullable = false, updatable = false)
    private LocalDate periodFirstDay;

    @Column(name = "period_last_day", nullable = false, updatable = false)
    private LocalDate periodLastDay;

    @Column(name = "no_violation", nullable = false, updatable = false)
    private boolean noViolation;

    @Column(name = "sm3", nullable = false, length = 64, updatable = false)
    private String sm3;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    protected ReportVerification() {
    }

    ReportVerification(String code, String tenant, String tenantName, long subjectId, String subjectName,
                       Instant issuedAt, String issuedBy, LocalDate periodFirstDay, LocalDate periodLastDay,
                       boolean noViolation, String sm3, long sizeBytes) {
        this.code = code;
        this.tenant = tenant;
        this.tenantName = tenantName;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.periodFirstDay = periodFirstDay;
        this.periodLastDay = periodLastDay;
        this.noViolation = noViolation;
        this.sm3 = sm3;
        this.sizeBytes = sizeBytes;
    }

    ReportCheck toCheck() {
        return new ReportCheck(VerificationCode.display(code), subjectName, tenant, tenantName, issuedAt,
                periodFirstDay, periodLastDay, noViolation, sm3, sizeBytes);
    }
}
