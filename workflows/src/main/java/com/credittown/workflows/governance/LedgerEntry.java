package com.credittown.workflows.governance;

import com.credittown.platform.tenancy.TenantScoped;
import com.credittown.platform.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One market entity on a tenant's governance ledger: when it entered (the archive held a severe record of the
 * tenant's), the records that put it there, the rectification as the follow-up last recorded it, and when it left.
 * A tenant's row (Hibernate's tenant filter): another tenant never reaches it.
 */
@Entity
@Table(name = "governance_ledger_entry")
class LedgerEntry extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;
    @Column(name = "subject_code", length = 18)
    private String subjectCode;
    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Column(name = "entered_on", nullable = false, updatable = false)
    private LocalDate enteredOn;
    @Column(name = "basis_records", nullable = false, length = 4000)
    private String basisRecords;
    @Column(name = "record_ids", nullable = false, length = 500)
    private String recordIds;
    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryStatus status;
    @Column(name = "exited_on")
    private LocalDate exitedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Rectification rectification;
    @Column(name = "rectified_on")
    private LocalDate rectifiedOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    protected LedgerEntry() {
    }

    LedgerEntry(long subjectId, String subjectCode, String subjectName, LocalDate enteredOn, Standing standing,
                Instant now, String actor) {
        this.subjectId = subjectId;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.enteredOn = enteredOn;
        this.status = EntryStatus.IN_LEDGER;
        this.rectification = Rectification.NOT_STARTED;
        refresh(standing, now, actor);
    }

    /** What the archive says of the entity now (records, listing). */
    record Standing(String basisRecords, String recordIds, boolean listed) {
    }

    /** Whether the archive's standing differs from what the entry holds. */
    boolean differsFrom(Standing standing) {
        return !recordIds.equals(standing.recordIds()) || listed != standing.listed();
    }

    void refresh(Standing standing, Instant now, String actor) {
        this.basisRecords = standing.basisRecords();
        this.recordIds = standing.recordIds();
        this.listed = standing.listed();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void exit(LocalDate day, Instant now, String actor) {
        status = EntryStatus.EXITED;
        exitedOn = day;
        updatedAt = now;
        updatedBy = actor;
    }

    void followUp(Rectification state, LocalDate day, Instant now, String actor) {
        requireInLedger("record a follow-up for");
        rectification = state;
        rectifiedOn = state == Rectification.COMPLETED ? day : null;
        updatedAt = now;
        updatedBy = actor;
    }

    void requireInLedger(String doing) {
        if (status != EntryStatus.IN_LEDGER) {
            throw new ConflictException("Cannot " + doing + " ledger entry " + id + ": the entity left the ledger on "
                    + exitedOn);
        }
    }

    Long id() { return id; }
    long version() { return version; }
    long subjectId() { return subjectId; }
    String subjectCode() { return subjectCode; }
    String subjectName() { return subjectName; }
    LocalDate enteredOn() { return enteredOn; }
    String basisRecords() { return basisRecords; }
    String recordIds() { return recordIds; }
    boolean listed() { return listed; }
    EntryStatus status() { return status; }
    LocalDate exitedOn() { return exitedOn; }
    Rectification rectification() { return rectification; }
    LocalDate rectifiedOn() { return rectifiedOn; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }
}
