package com.credittown.platform.credit.severelist;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One proposal for the severe-dishonesty list and its steps: proposal → prior notice → statement (or the period
 * passing) → the city office's decision → removal. City-level like the archive; the proposing tenant is a column that
 * says who owns the proposal (not a row filter: the city office decides every tenant's proposals).
 */
@Entity
@Table(name = "severe_list_entry")
class SevereListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "proposer_tenant", nullable = false, updatable = false, length = 40)
    private String proposerTenant;

    /** The department, grounds and basis as proposed, or as the city office last corrected them. */
    @Column(nullable = false, length = 100)
    private String department;

    @Column(nullable = false, length = 2000)
    private String grounds;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @Column(name = "cited_record_ids", nullable = false, updatable = false, length = 500)
    private String citedRecordIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;
    @Column(name = "proposed_by", nullable = false, updatable = false, length = 120)
    private String proposedBy;

    @Column(name = "notice_served_at")
    private Instant noticeServedAt;
    @Column(name = "notice_served_by", length = 120)
    private String noticeServedBy;
    /** Null until the prior notice is served (both columns are null then). */
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "statement_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "statement_due_flagged"))
    private Deadline statementDue;

    @Column(length = 4000)
    private String statement;
    @Column(name = "statement_at")
    private Instant statementAt;
    @Column(name = "statement_by", length = 120)
    private String statementBy;

    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by", length = 120)
    private String decidedBy;
    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;
    @Column(name = "listed_from")
    private LocalDate listedFrom;
    @Column(name = "listed_until")
    private LocalDate listedUntil;
    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "removed_by", length = 120)
    private String removedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "removal_reason", length = 20)
    private RemovalReason removalReason;
    @Column(name = "removal_note", length = 2000)
    private String removalNote;

    /** The last correction of the published entry by the city office (更正), if any. */
    @Column(name = "corrected_at")
    private Instant correctedAt;
    @Column(name = "corrected_by", length = 120)
    private String correctedBy;
    @Column(name = "correction_note", length = 2000)
    private String correctionNote;

    protected SevereListEntry() {
    }

    SevereListEntry(long subjectId, String proposerTenant, String department, String grounds, String legalBasis,
                    List<Long> citedRecordIds, Instant now, String actor) {
        this.subjectId = subjectId;
        this.proposerTenant = proposerTenant;
        this.department = department;
        this.grounds = grounds;
        this.legalBasis = legalBasis;
        this.citedRecordIds = citedRecordIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.status = ListingStatus.PROPOSED;
        this.proposedAt = now;
        this.proposedBy = actor;
    }

    void serveNotice(Deadline due, Instant now, String actor) {
        require(ListingStatus.PROPOSED, "serve the prior notice of");
        status = ListingStatus.NOTICE_SERVED;
        noticeServedAt = now;
        noticeServedBy = actor;
        statementDue = due;
    }

    /** The subject's statement and defence, on or before the last day of the period. */
    void state(String text, LocalDate today, Instant now, String actor) {
        require(ListingStatus.NOTICE_SERVED, "make a statement on");
        if (statementDue.passedOn(today)) {
            throw new ConflictException("The statement-and-defence period of list proposal " + id + " ended on "
                    + statementDue.date() + ": a statement is no longer accepted");
        }
        status = ListingStatus.STATEMENT_RECEIVED;
        statement = text;
        statementAt = now;
        statementBy = actor;
    }

    /** The city office decides once the statement is in or the period has passed without one. */
    void requireDecidable(LocalDate today) {
        if (status == ListingStatus.NOTICE_SERVED && !statementDue.passedOn(today)) {
            throw new ConflictException("List proposal " + id + " is in its statement-and-defence period until "
                    + statementDue.date() + " and the subject has not made a statement yet: decide after that day");
        }
        if (status != ListingStatus.NOTICE_SERVED && status != ListingStatus.STATEMENT_RECEIVED) {
            throw new ConflictException("Cannot decide on list proposal " + id + ": it is " + status
                    + (status == ListingStatus.PROPOSED ? " (the prior notice has not been served)" : ""));
        }
    }

    void list(LocalDate from, LocalDate until, long record, String reason, Instant now, String actor) {
        status = ListingStatus.LISTED;
        listedFrom = from;
        listedUntil = until;
        recordId = record;
        decided(reason, now, actor);
    }

    /** The proposer withdraws before the decision; the reason is kept as the decision reason. */
    void withdraw(String reason, Instant now, String actor) {
        if (status != ListingStatus.PROPOSED && status != ListingStatus.NOTICE_SERVED
                && status != ListingStatus.STATEMENT_RECEIVED) {
            throw new ConflictException("Cannot withdraw list proposal " + id + ": it is " + status
                    + ", and only a proposal not yet decided can be withdrawn");
        }
        status = ListingStatus.WITHDRAWN;
        decided(reason, now, actor);
    }

    void decline(String reason, Instant now, String actor) {
        status = ListingStatus.DECLINED;
        decided(reason, now, actor);
    }

    private void decided(String reason, Instant now, String actor) {
        decisionReason = reason;
        decidedAt = now;
        decidedBy = actor;
    }

    void remove(RemovalReason reason, String note, Instant now, String actor) {
        require(ListingStatus.LISTED, "remove");
        status = ListingStatus.REMOVED;
        removalReason = reason;
        removalNote = note;
        removedAt = now;
        removedBy = actor;
    }

    /**
     * The city office corrects the published entry: its stated department, grounds, basis and listed period are now
     * these, shown by the corrected record {@code record} (the one it replaced keeps the facts as they were).
     */
    void correct(String department, String grounds, String legalBasis, LocalDate until, long record, String note,
                 Instant now, String actor) {
        require(ListingStatus.LISTED, "correct");
        this.department = department;
        this.grounds = grounds;
        this.legalBasis = legalBasis;
        this.listedUntil = until;
        this.recordId = record;
        this.correctionNote = note;
        this.correctedAt = now;
        this.correctedBy = actor;
    }

    private void require(ListingStatus required, String transition) {
        if (status != required) {
            throw new ConflictException("Cannot " + transition + " list proposal " + id + ": it is " + status
                    + ", and only a " + required + " proposal allows this");
        }
    }

    Long id() {
        return id;
    }

    long subjectId() {
        return subjectId;
    }

    String proposerTenant() {
        return proposerTenant;
    }

    ListingStatus status() {
        return status;
    }

    Long recordId() {
        return recordId;
    }

    List<Long> citedRecordIds() {
        return Arrays.stream(citedRecordIds.split(",")).map(Long::valueOf).toList();
    }

    LocalDate listedFrom() {
        return listedFrom;
    }

    /**
     * @param underObjection whether an objection to the entry's record is examined now (异议处理中)
     */
    ListEntryView view(String subjectCode, String subjectName, boolean underObjection) {
        return new ListEntryView(id, subjectId, subjectCode, subjectName, proposerTenant, department, grounds,
                legalBasis, citedRecordIds(), status, proposedAt, proposedBy, noticeServedAt,
                statementDue == null ? null : statementDue.date(), statementDue != null && statementDue.flagged(),
                statement, statementAt, decidedAt, decidedBy, decisionReason, listedFrom, listedUntil, recordId,
                removedAt, removalReason, removalNote, correctedAt, correctedBy, correctionNote, underObjection);
    }
}
