package com.credittown.platform.credit.repairnotice;

import com.credittown.platform.credit.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A repair notice served with a penalty record (one per record; never changed). */
@Entity
@Table(name = "credit_repair_notice")
class RepairNotice {

    @Id
    // ids from a sequence handed out 50 at a time (pooled-lo), so inserts go in JDBC batches; the column's
    // default takes the same sequence (db/changelog/platform/pooled-ids.yaml)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_repair_notice_ids")
    @SequenceGenerator(name = "credit_repair_notice_ids", sequenceName = "credit_repair_notice_seq", allocationSize = 50)
    private Long id;
    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;
    @Column(name = "owner_tenant", nullable = false, updatable = false, length = 40)
    private String ownerTenant;
    @Column(nullable = false, updatable = false, length = 100)
    private String department;
    @Column(name = "record_title", nullable = false, updatable = false, length = 200)
    private String recordTitle;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 10)
    private Severity severity;
    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;
    @Column(name = "repairable_from", nullable = false, updatable = false)
    private LocalDate repairableFrom;
    @Column(name = "served_at", nullable = false, updatable = false)
    private Instant servedAt;
    @Column(name = "served_by", nullable = false, updatable = false, length = 120)
    private String servedBy;

    protected RepairNotice() {
    }

    RepairNotice(long recordId, long subjectId, String ownerTenant, String department, String recordTitle,
                 Severity severity, LocalDate decisionDate, LocalDate repairableFrom, Instant servedAt,
                 String servedBy) {
        this.recordId = recordId;
        this.subjectId = subjectId;
        this.ownerTenant = ownerTenant;
        this.department = department;
        this.recordTitle = recordTitle;
        this.severity = severity;
        this.decisionDate = decisionDate;
        this.repairableFrom = repairableFrom;
        this.servedAt = servedAt;
        this.servedBy = servedBy;
    }

    Long id() {
        return id;
    }

    long recordId() {
        return recordId;
    }

    RepairNoticeView view(LocalDate today) {
        return new RepairNoticeView(id, recordId, subjectId, ownerTenant, department, recordTitle, severity,
                decisionDate, repairableFrom, !today.isBefore(repairableFrom), servedAt, servedBy,
                RepairNotices.howToApply(department), RepairNotices.BASIS_ZH);
    }
}
