package com.credittown.workflows.measure;

import com.credittown.platform.credit.grade.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A measure of the city's catalogue (信用措施清单): an incentive (信用+) or a penalty, with its legal basis (依据, in the
 * citation format of docs/citations.md), the grades that qualify a subject for it and whether an honour in effect does,
 * and its review status. City-level: every town reads the same catalogue.
 */
@Entity
@Table(name = "credit_measure")
public class CreditMeasure {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private MeasureKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "content", nullable = false, length = 2000)
    private String content;

    @Column(name = "legal_basis", nullable = false, length = 500)
    private String legalBasis;

    @Column(name = "grades", nullable = false, length = 20)
    private String grades;

    @Column(name = "honours_qualify", nullable = false)
    private boolean honoursQualify;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MeasureStatus status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_opinion", length = 1000)
    private String reviewOpinion;

    @Column(name = "in_use_since")
    private Instant inUseSince;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_reason", length = 1000)
    private String withdrawalReason;

    protected CreditMeasure() {
    }

    CreditMeasure(MeasureDraft draft, String actor, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.status = MeasureStatus.DRAFT;
        this.draftedBy = actor;
        this.draftedAt = at;
        revise(draft);
    }

    void revise(MeasureDraft draft) {
        this.kind = draft.kind();
        this.name = draft.name().strip();
        this.content = draft.content().strip();
        this.legalBasis = draft.legalBasis().strip();
        this.grades = draft.grades().stream().sorted().map(Grade::name).collect(Collectors.joining(","));
        this.honoursQualify = draft.honoursQualify();
    }

    void review(String reviewer, String opinion, Instant at) {
        this.reviewedBy = reviewer;
        this.reviewOpinion = opinion;
        this.reviewedAt = at;
        this.status = MeasureStatus.REVIEWED;
    }

    void putInUse(Instant at) {
        this.inUseSince = at;
        this.status = MeasureStatus.IN_USE;
    }

    void withdraw(String reason, Instant at) {
        this.withdrawalReason = reason;
        this.withdrawnAt = at;
        this.status = MeasureStatus.WITHDRAWN;
    }

    /** The grades that qualify a subject. */
    public Set<Grade> qualifyingGrades() {
        Set<Grade> set = EnumSet.noneOf(Grade.class);
        Arrays.stream(grades.split(",")).filter(g -> !g.isBlank()).map(Grade::valueOf).forEach(set::add);
        return set;
    }

    public String id() { return id; }
    public MeasureKind kind() { return kind; }
    public String name() { return name; }
    public String content() { return content; }
    public String legalBasis() { return legalBasis; }
    public boolean honoursQualify() { return honoursQualify; }
    public MeasureStatus status() { return status; }
    public String draftedBy() { return draftedBy; }
    public Instant draftedAt() { return draftedAt; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewOpinion() { return reviewOpinion; }
    public Instant inUseSince() { return inUseSince; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawalReason() { return withdrawalReason; }
}
