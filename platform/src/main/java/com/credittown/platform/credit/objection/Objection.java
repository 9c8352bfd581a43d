package com.credittown.platform.credit.objection;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.web.ConflictException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One objection (异议申诉) against a record, a severe-list entry or a repair result: raised → examined by the record's
 * owner (a list entry: the city office) → upheld or rejected. City-level like the archive: the owning tenant is a column saying who examines, not a row filter.
 */
@Entity
@Table(name = "credit_objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;
    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "record_title", nullable = false, updatable = false, length = 200)
    private String recordTitle;
    @Column(name = "record_department", nullable = false, updatable = false, length = 100)
    private String recordDepartment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ObjectionConcern concerns;
    /** The tenant that recorded the record and examines the objection; {@code null}: the city (the city office). */
    @Column(name = "owner_tenant", updatable = false, length = 40)
    private String ownerTenant;
    @Column(name = "raised_in_tenant", nullable = false, updatable = false, length = 40)
    private String raisedInTenant;
    @Column(name = "raised_by", nullable = false, updatable = false, length = 120)
    private String raisedBy;
    @Column(name = "on_behalf", nullable = false, updatable = false)
    private boolean onBehalf;
    @Column(nullable = false, updatable = false, length = 4000)
    private String reasons;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectionStatus status;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "due", nullable = false, updatable = false))
    @AttributeOverride(name = "flagged", column = @Column(name = "due_flagged", nullable = false, updatable = false))
    private Deadline due = Deadline.none();
    @Column(name = "effect_suspended", nullable = false, updatable = false)
    private boolean effectSuspended;
    /** The record is a severe-dishonesty list entry: the city office, which decided the inclusion, examines it. */
    @Column(name = "list_entry", nullable = false, updatable = false)
    private boolean listEntry;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ObjectionOutcome outcome;
    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 120)
    private String decidedBy;
    @Column(name = "corrected_record_id")
    private Long correctedRecordId;

    protected Objection() {
    }

    /** What is known of the disputed record when the objection is raised ({@code listEntry}: a severe-list entry). */
    record Target(long subjectId, long recordId, String title, String department, String ownerTenant,
                  boolean listEntry) {
    }

    Objection(Target target, ObjectionConcern concerns, String raisedInTenant, String raisedBy, boolean onBehalf,
              String reasons, Instant now, Deadline due, boolean effectSuspended) {
        this.subjectId = target.subjectId();
        this.recordId = target.recordId();
        this.recordTitle = target.title();
        this.recordDepartment = target.department();
        this.ownerTenant = target.ownerTenant();
        this.listEntry = target.listEntry();
        this.concerns = concerns;
        this.raisedInTenant = raisedInTenant;
        this.raisedBy = raisedBy;
        this.onBehalf = onBehalf;
        this.reasons = reasons;
        this.status = ObjectionStatus.EXAMINING;
        this.raisedAt = now;
        this.due = due;
        this.effectSuspended = effectSuspended;
    }

    void decide(ObjectionOutcome outcome, String reason, Long correctedRecordId, Instant now, String actor) {
        if (status != ObjectionStatus.EXAMINING) {
            throw new ConflictException("Objection " + id + " was decided already: it is " + status);
        }
        this.status = outcome == ObjectionOutcome.REJECTED ? ObjectionStatus.REJECTED : ObjectionStatus.UPHELD;
        this.outcome = outcome;
        this.decisionReason = reason;
        this.correctedRecordId = correctedRecordId;
        this.decidedAt = now;
        this.decidedBy = actor;
    }

    Long id() {
        return id;
    }

    long subjectId() {
        return subjectId;
    }

    long recordId() {
        return recordId;
    }

    ObjectionConcern concerns() {
        return concerns;
    }

    String ownerTenant() {
        return ownerTenant;
    }

    boolean listEntry() {
        return listEntry;
    }

    /** The city office examines it: the city's own record, or a severe-list entry (it decided the inclusion). */
    boolean examinedByCity() {
        return ownerTenant == null || listEntry;
    }

    String raisedInTenant() {
        return raisedInTenant;
    }

    ObjectionStatus status() {
        return status;
    }

    /** Still examined after its last day. */
    boolean overdueOn(LocalDate today) {
        return status == ObjectionStatus.EXAMINING && due.passedOn(today);
    }

    ObjectionView view(String subjectCode, String subjectName, LocalDate today, String basis) {
        return new ObjectionView(id, subjectId, subjectCode, subjectName, recordId, recordTitle, recordDepartment,
                concerns, ownerTenant, raisedInTenant, raisedBy, onBehalf, reasons, status, raisedAt, due.date(), due.flagged(),
                overdueOn(today), effectSuspended, outcome, decisionReason, decidedAt, decidedBy, correctedRecordId,
                basis, listEntry);
    }
}
