package com.credittown.workflows.repair;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One credit record listed in a repair application, and its review by the department that recorded it. */
@Entity
@Table(name = "repair_item")
public class RepairItem extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private RepairApplication application;

    @Column(name = "item_no", nullable = false, updatable = false)
    private int itemNo;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "record_kind", nullable = false, updatable = false, length = 30)
    private String recordKind;

    @Column(name = "severity", updatable = false, length = 10)
    private String severity;

    @Column(name = "record_title", nullable = false, updatable = false, length = 200)
    private String recordTitle;

    @Column(name = "department", nullable = false, updatable = false, length = 100)
    private String department;

    @Column(name = "reviewer_group", nullable = false, updatable = false, length = 100)
    private String reviewerGroup;

    @Column(name = "min_publicity_end", updatable = false)
    private LocalDate minPublicityEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private ItemOutcome outcome;

    @Column(name = "review_reasons", length = 400)
    private String reviewReasons;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "publicity_ended_at")
    private Instant publicityEndedAt;

    @Column(name = "note", length = 500)
    private String note;

    protected RepairItem() {
    }

    RepairItem(RepairApplication application, int itemNo, ListedRecord record) {
        this.id = UUID.randomUUID().toString();
        this.application = application;
        this.itemNo = itemNo;
        this.recordId = record.recordId();
        this.recordKind = record.kind();
        this.severity = record.severity();
        this.recordTitle = record.title();
        this.department = record.department();
        this.reviewerGroup = record.reviewerGroup();
        this.minPublicityEnd = record.minPublicityEnd();
        this.outcome = ItemOutcome.PENDING;
    }

    void review(boolean approved, String reasons, String reviewer, Instant at) {
        if (outcome != ItemOutcome.PENDING) {
            throw new IllegalStateException("Repair item " + id + " (record " + recordId + ") is reviewed already");
        }
        this.outcome = approved ? ItemOutcome.APPROVED : ItemOutcome.REFUSED;
        this.reviewReasons = reasons;
        this.reviewedBy = reviewer;
        this.reviewedAt = at;
    }

    void publicityEnded(Instant at) {
        this.publicityEndedAt = at;
    }

    void note(String note) {
        this.note = note;
    }

    public String id() { return id; }
    public int itemNo() { return itemNo; }
    public long recordId() { return recordId; }
    public String recordKind() { return recordKind; }
    public String severity() { return severity; }
    public String recordTitle() { return recordTitle; }
    public String department() { return department; }
    public String reviewerGroup() { return reviewerGroup; }
    public LocalDate minPublicityEnd() { return minPublicityEnd; }
    public ItemOutcome outcome() { return outcome; }
    public String reviewReasons() { return reviewReasons; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public Instant publicityEndedAt() { return publicityEndedAt; }
    public String note() { return note; }
}
