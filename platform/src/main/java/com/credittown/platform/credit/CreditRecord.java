package com.credittown.platform.credit;

import com.credittown.platform.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Longer than 300 lines because it is the record's state machine: every way its publicity ends (repair, verified
 * rectification, list removal or correction, objection, maximum period) is a guarded transition here, so each rule of
 * those ends is written once, next to the state it changes.
 * <p>
 * A credit record (信用记录) in a subject's city-wide archive. Its state moves PUBLISHED → PUBLICITY_ENDED → ARCHIVED
 * and never back; it is never deleted. The tenant that recorded it (its owner; none for the city) alone changes it
 * ({@link ArchiveAccess}).
 */
@Entity
@Table(name = "credit_record")
class CreditRecord {

    @Id
    // from a sequence, 50 at a time (pooled-lo): inserts go in JDBC batches (db/changelog/platform/pooled-ids.yaml)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_record_ids")
    @SequenceGenerator(name = "credit_record_ids", sequenceName = "credit_record_seq", allocationSize = 50)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    /** The tenant that recorded it; {@code null} for the city (the city office or a city department). */
    @Column(name = "owner_tenant", updatable = false, length = 40)
    private String ownerTenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private RecordKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", updatable = false, length = 10)
    private Severity severity;

    @Column(name = "department", nullable = false, updatable = false, length = 100)
    private String department;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    @Column(name = "legal_basis", updatable = false, length = 500)
    private String legalBasis;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "summary", updatable = false, length = 2000)
    private String summary;

    @Column(name = "min_publicity_end", updatable = false)
    private LocalDate minPublicityEnd;

    @Column(name = "max_publicity_end", updatable = false)
    private LocalDate maxPublicityEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RecordState state;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "publicity_end_reason", length = 20)
    private PublicityEndReason publicityEndReason;

    @Column(name = "publicity_ended_at")
    private Instant publicityEndedAt;

    @Column(name = "publicity_end_note", length = 500)
    private String publicityEndNote;

    /** A verified government rectification within the minimum period: the publicity ends on this day. */
    @Column(name = "rectified_end_on")
    private LocalDate rectifiedEndOn;

    @Column(name = "rectified_end_note", length = 500)
    private String rectifiedEndNote;

    @Column(name = "archived_at")
    private Instant archivedAt;

    /** 异议处理中: an objection against this record is being examined by its owner (and whether it suspends it). */
    @Embedded
    private ObjectionHold objection = new ObjectionHold();

    protected CreditRecord() {
    }

    CreditRecord(String ownerTenant, long subjectId, RecordDetails details, PublicityWindow window,
                 Instant recordedAt, String recordedBy) {
        this.ownerTenant = ownerTenant;
        this.subjectId = subjectId;
        this.kind = details.kind();
        this.severity = details.severity();
        this.department = details.department();
        this.decisionDate = details.decisionDate();
        this.legalBasis = details.legalBasis();
        this.title = details.title();
        this.summary = details.summary();
        this.minPublicityEnd = window == null ? null : window.earliestEnd();
        this.maxPublicityEnd = window == null ? null : window.latestEnd();
        this.state = RecordState.PUBLISHED;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** The id drawn from the sequence for a record written outside Hibernate ({@link CreditRecordRows}). */
    void assignId(long id) {
        this.id = id;
    }

    /** This new record's values for {@link CreditRecordRows#INSERT}. */
    Object[] insertValues() {
        return new Object[] {id, subjectId, ownerTenant, kind.name(), severity == null ? null : severity.name(),
                department, decisionDate, legalBasis, title, summary, minPublicityEnd, maxPublicityEnd, state.name(),
                recordedAt.atOffset(java.time.ZoneOffset.UTC), recordedBy};
    }

    /** Ends the publicity by repair, from the earliest end of the window on. */
    void endByRepair(LocalDate today, Instant now, String note) {
        requireState(RecordState.PUBLISHED, "end the publicity of");
        PublicityWindow window = window();
        if (window != null && !window.repairAllowedOn(today)) {
            throw new ConflictException("Credit record " + id + " is in its minimum publicity period: its publicity"
                    + " can end by repair on " + window.earliestEnd() + " at the earliest");
        }
        endPublicity(PublicityEndReason.REPAIRED, now, note);
    }

    /**
     * Ends the publicity because a government subject's rectification was verified: at once when the minimum
     * publicity period has passed, otherwise on its last day (the record stays published until then and the
     * nightly expiry ends it). Returns whether the publicity ended now.
     */
    boolean endByRectification(LocalDate today, Instant now, String note) {
        requireState(RecordState.PUBLISHED, "end the publicity of");
        PublicityWindow window = window();
        if (window != null && !window.repairAllowedOn(today)) {
            rectifiedEndOn = window.earliestEnd();
            rectifiedEndNote = note;
            return false;
        }
        endPublicity(PublicityEndReason.RECTIFIED, now, note);
        return true;
    }

    /** Ends, at the minimum period, the publicity of a record whose rectification was verified before it. */
    void endRectifiedAtMinimum(LocalDate today, Instant now) {
        requireState(RecordState.PUBLISHED, "end the publicity of");
        if (rectifiedEndOn == null || today.isBefore(rectifiedEndOn)) {
            throw new ConflictException("Credit record " + id + " has no rectified publicity ending by " + today);
        }
        endPublicity(PublicityEndReason.RECTIFIED, now, rectifiedEndNote);
    }

    /** The day a verified rectification ends the publicity, when it was verified within the minimum period. */
    LocalDate rectifiedEndOn() {
        return rectifiedEndOn;
    }

    /** Ends a list entry's publicity because the city office removed the subject from the severe-dishonesty list. */
    void endByListRemoval(Instant now, String note) {
        requireState(RecordState.PUBLISHED, "end the publicity of");
        endPublicity(PublicityEndReason.REMOVED_FROM_LIST, now, note);
    }

    /**
     * Ends a list entry's publicity because the city office corrected the entry: a corrected record replaces it. Not
     * while an objection to it is examined (its decision corrects it then).
     */
    void endByListCorrection(Instant now, String note) {
        requireState(RecordState.PUBLISHED, "correct");
        objection.requireDecided(id, "correct");
        endPublicity(PublicityEndReason.CORRECTED, now, clipped(note));
    }

    /** Ends the publicity because the maximum period is reached. */
    void endAtMaximum(LocalDate today, Instant now) {
        requireState(RecordState.PUBLISHED, "end the publicity of");
        PublicityWindow window = window();
        if (window == null || !window.expiredOn(today)) {
            throw new ConflictException("Credit record " + id + " has not reached its maximum publicity period");
        }
        endPublicity(PublicityEndReason.MAXIMUM_REACHED, now, "maximum publicity period ended on " + window.latestEnd());
    }

    /** An objection against the record is examined from now; {@code suspend}: its effect is suspended meanwhile. */
    void markUnderObjection(boolean suspend) {
        requireState(RecordState.PUBLISHED, "raise an objection against");
        objection.raise(id, suspend);
    }

    /**
     * An upheld objection revokes the record (or replaces it by a corrected one): its publicity ends now. If the
     * publicity ended meanwhile (the nightly job at the maximum period: the law's date, which an objection does not
     * move), the record is revoked all the same: the end date stays, the reason becomes REVOKED_ON_OBJECTION, the note
     * keeps how it had ended.
     */
    void endByObjection(Instant now, String note) {
        if (state == RecordState.PUBLICITY_ENDED && objection.active()) {
            String ended = "publicity had ended (" + publicityEndReason + ") on " + publicityEndedAt + "; ";
            objection.clear();
            publicityEndReason = PublicityEndReason.REVOKED_ON_OBJECTION;
            publicityEndNote = clipped(ended + note);
            return;
        }
        requireState(RecordState.PUBLISHED, "revoke");
        objection.clear();
        endPublicity(PublicityEndReason.REVOKED_ON_OBJECTION, now, clipped(note));
    }

    private static String clipped(String note) {
        return note == null || note.length() <= 500 ? note : note.substring(0, 499) + "…";
    }

    /** Whether an objection is examined and whether it suspends the record's effect now (and its end). */
    ObjectionHold objection() {
        return objection;
    }

    LocalDate decisionDate() {
        return decisionDate;
    }

    String legalBasis() {
        return legalBasis;
    }

    String summary() {
        return summary;
    }

    void archive(Instant now) {
        requireState(RecordState.PUBLICITY_ENDED, "archive");
        objection.requireDecided(id, "archive");
        state = RecordState.ARCHIVED;
        archivedAt = now;
    }

    private void endPublicity(PublicityEndReason reason, Instant now, String note) {
        state = RecordState.PUBLICITY_ENDED;
        publicityEndReason = reason;
        publicityEndedAt = now;
        publicityEndNote = note;
    }

    /** Refuses an illegal transition (409), saying the state the record is in and the one it must be in. */
    private void requireState(RecordState required, String transition) {
        if (state != required) {
            throw new ConflictException("Cannot " + transition + " credit record " + id + ": it is " + state
                    + ", and only a " + required + " record allows this");
        }
    }

    Long id() {
        return id;
    }

    long subjectId() {
        return subjectId;
    }

    /** The owning tenant's code, or {@code null} for the city. */
    String ownerTenant() {
        return ownerTenant;
    }

    String department() {
        return department;
    }

    RecordKind kind() {
        return kind;
    }

    Severity severity() {
        return severity;
    }

    String title() {
        return title;
    }

    RecordState state() {
        return state;
    }

    /** The publicity window, or {@code null} for a record without severity (its publicity has no set period). */
    PublicityWindow window() {
        return minPublicityEnd == null ? null : new PublicityWindow(minPublicityEnd, maxPublicityEnd);
    }

    /** @param open whether the record is public credit information (the archive's sharing setting decides) */
    RecordView view(boolean open) {
        return new RecordView(id, subjectId, kind, severity, department, decisionDate, legalBasis, title, summary,
                state, window(), recordedAt, recordedBy, publicityEndReason, publicityEndedAt, publicityEndNote,
                archivedAt, ownerTenant, open, objection.active());
    }
}
