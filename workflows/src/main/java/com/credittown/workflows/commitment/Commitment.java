package com.credittown.workflows.commitment;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A credit commitment (信用承诺) signed by a subject, as the tenant's ledger keeps it. */
@Entity
@Table(name = "commitment")
public class Commitment extends TenantScoped {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "case_id", nullable = false, length = 64)
    private String caseId;

    @Column(name = "subject_code", nullable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_name", nullable = false, length = 200)
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "commitment_type", nullable = false, length = 20)
    private CommitmentType type;

    @Column(name = "granted_matter", length = 300)
    private String grantedMatter;

    @Column(name = "commitment_text", nullable = false, length = 5000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommitmentStatus status;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    @Column(name = "signatory", length = 100)
    private String signatory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "verification_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "verification_due_flagged", nullable = false))
    private Deadline verificationDue = Deadline.none();

    @Column(name = "verification_overdue_at")
    private Instant verificationOverdueAt;

    @Column(name = "findings", length = 2000)
    private String findings;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    @Column(name = "revocation_flagged", nullable = false)
    private boolean revocationFlagged;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "refusal_reasons", length = 1000)
    private String refusalReasons;

    @Column(name = "breach_kind", length = 20)
    private String breachKind;

    @Column(name = "dishonesty_record_id")
    private Long dishonestyRecordId;

    @Column(name = "rectification_ordered_at")
    private Instant rectificationOrderedAt;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "rectification_due"))
    @AttributeOverride(name = "flagged", column = @Column(name = "rectification_due_flagged", nullable = false))
    private Deadline rectificationDue = Deadline.none();

    @Column(name = "rectification", length = 2000)
    private String rectification;

    @Column(name = "rectified_on")
    private LocalDate rectifiedOn;

    @Column(name = "rectification_submitted_at")
    private Instant rectificationSubmittedAt;

    @Column(name = "rectification_opinion", length = 2000)
    private String rectificationOpinion;

    /** Why a commitment ordered to rectify was found breached: {@link BreachReason}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "breach_reason", length = 30)
    private BreachReason breachReason;

    protected Commitment() {
    }

    Commitment(String caseId, String subjectCode, String subjectName, CommitmentType type, String grantedMatter,
               String text, Instant notifiedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.type = type;
        this.grantedMatter = grantedMatter;
        this.text = text;
        this.status = CommitmentStatus.NOTIFIED;
        this.notifiedAt = notifiedAt;
    }

    /** The subject may not use the commitment route (unrepaired severe record, earlier false commitment). */
    void refuse(String reasons, Instant at) {
        requireStatus(CommitmentStatus.NOTIFIED);
        this.refusalReasons = reasons;
        this.status = CommitmentStatus.REFUSED;
        this.closedAt = at;
    }

    void publish(String signatory, LocalDate signedOn, Instant publishedAt, Deadline verificationDue) {
        requireStatus(CommitmentStatus.NOTIFIED);
        this.signatory = signatory;
        this.signedOn = signedOn;
        this.publishedAt = publishedAt;
        this.verificationDue = verificationDue;
        this.status = CommitmentStatus.PUBLISHED;
    }

    void markVerificationOverdue(Instant at) {
        if (status == CommitmentStatus.PUBLISHED && verificationOverdueAt == null) {
            this.verificationOverdueAt = at;
        }
    }

    void honour(String findings, Instant at) {
        requireStatus(CommitmentStatus.PUBLISHED);
        this.findings = findings;
        this.status = CommitmentStatus.HONOURED;
        this.closedAt = at;
    }

    /**
     * Found unfulfilled at verification: ordered to rectify by {@code due} (国办发〔2020〕42号: the order comes before a
     * breach is found). The findings and the legal basis a breach would carry are kept.
     */
    void orderRectification(String findings, String legalBasis, Deadline due, Instant at) {
        requireStatus(CommitmentStatus.PUBLISHED);
        this.findings = findings;
        this.legalBasis = legalBasis;
        this.rectificationDue = due;
        this.rectificationOrderedAt = at;
        this.status = CommitmentStatus.ORDERED_TO_RECTIFY;
    }

    /** The subject's rectification, submitted before the deadline passed. */
    void submitRectification(String rectification, LocalDate rectifiedOn, Instant at) {
        requireStatus(CommitmentStatus.ORDERED_TO_RECTIFY);
        this.rectification = rectification;
        this.rectifiedOn = rectifiedOn;
        this.rectificationSubmittedAt = at;
    }

    /** The officer accepted the rectification: the case ends without a dishonesty record. */
    void rectified(String opinion, Instant at) {
        requireStatus(CommitmentStatus.ORDERED_TO_RECTIFY);
        this.rectificationOpinion = opinion;
        this.status = CommitmentStatus.RECTIFIED;
        this.closedAt = at;
    }

    /** The officer rejected the rectification; the breach follows. */
    void rectificationRejected(String opinion) {
        requireStatus(CommitmentStatus.ORDERED_TO_RECTIFY);
        this.rectificationOpinion = opinion;
        this.breachReason = BreachReason.RECTIFICATION_REJECTED;
    }

    /** The deadline passed with no rectification submitted; the breach follows. */
    void rectificationLapsed() {
        requireStatus(CommitmentStatus.ORDERED_TO_RECTIFY);
        this.breachReason = BreachReason.NOT_RECTIFIED_IN_TIME;
    }

    /**
     * Found breached: a false commitment at verification, or an unfulfilled one after the order to rectify (the
     * findings and basis then are those kept with the order when none are given).
     */
    void breach(String findings, String legalBasis, String breachKind, Instant at) {
        if (status == CommitmentStatus.ORDERED_TO_RECTIFY) {
            if (breachReason == null) {
                throw new IllegalStateException("Commitment " + id + " is under an order to rectify with no outcome");
            }
            findings = findings == null || findings.isBlank() ? this.findings : findings;
            legalBasis = legalBasis == null || legalBasis.isBlank() ? this.legalBasis : legalBasis;
        } else {
            requireStatus(CommitmentStatus.PUBLISHED);
            this.breachReason = BreachReason.AT_VERIFICATION;
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new IllegalArgumentException("A breach needs the legal basis of the dishonesty record");
        }
        this.findings = findings;
        this.legalBasis = legalBasis;
        this.breachKind = breachKind;
        this.status = CommitmentStatus.BREACHED;
        this.revocationFlagged = grantedMatter != null && !grantedMatter.isBlank();
        this.closedAt = at;
    }

    private void requireStatus(CommitmentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Commitment " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String subjectCode() { return subjectCode; }
    public String subjectName() { return subjectName; }
    public CommitmentType type() { return type; }
    public String grantedMatter() { return grantedMatter; }
    public String text() { return text; }
    public CommitmentStatus status() { return status; }
    public String signatory() { return signatory; }
    public LocalDate signedOn() { return signedOn; }
    public Instant publishedAt() { return publishedAt; }
    public LocalDate verificationDue() { return verificationDue.date(); }
    public boolean verificationDueFlagged() { return verificationDue.flagged(); }
    public Instant verificationOverdueAt() { return verificationOverdueAt; }
    public String findings() { return findings; }
    public String legalBasis() { return legalBasis; }
    public boolean revocationFlagged() { return revocationFlagged; }
    public Instant closedAt() { return closedAt; }
    public String refusalReasons() { return refusalReasons; }
    public String breachKind() { return breachKind; }
    public Long dishonestyRecordId() { return dishonestyRecordId; }
    public Instant rectificationOrderedAt() { return rectificationOrderedAt; }
    public LocalDate rectificationDue() { return rectificationDue.date(); }
    public boolean rectificationDueFlagged() { return rectificationDue.flagged(); }
    public String rectification() { return rectification; }
    public LocalDate rectifiedOn() { return rectifiedOn; }
    public Instant rectificationSubmittedAt() { return rectificationSubmittedAt; }
    public String rectificationOpinion() { return rectificationOpinion; }
    public BreachReason breachReason() { return breachReason; }

    void recordedAsDishonesty(long recordId) {
        this.dishonestyRecordId = recordId;
    }
}
