package com.credittown.platform.credit.cleanup;

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
import java.util.List;
import java.util.Objects;

/**
 * An item of the code clean-up report: what detection found for one key (a tenant's department's wrong codes, a code's
 * names, a normalised name's codes) and how its owner worked it. Worked items stay worked when detected again with the
 * same findings (the same fingerprint); something new reopens them.
 */
@Entity
@Table(name = "code_cleanup_item")
class CleanupItem {

    static final int MAX_FINDINGS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_key", nullable = false, updatable = false, length = 400)
    private String key;
    @Column(name = "owner_tenant", updatable = false, length = 40)
    private String ownerTenant;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private CleanupKind kind;
    @Column(name = "source", updatable = false, length = 20)
    private String source;
    @Column(name = "group_label", updatable = false, length = 200)
    private String group;
    @Column(name = "archive_name", length = 200)
    private String archiveName;
    @Column(name = "subject_id")
    private Long subjectId;
    @Column(name = "findings", nullable = false, length = 16000)
    private String findings;
    @Column(name = "distinct_values", nullable = false)
    private int distinctValues;
    @Column(name = "occurrences", nullable = false)
    private int occurrences;
    @Column(name = "fingerprint", nullable = false, length = 64)
    private String fingerprint;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CleanupStatus status;
    @Column(name = "note", length = 1000)
    private String note;
    @Column(name = "resolved_by", length = 120)
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_fingerprint", length = 64)
    private String resolvedFingerprint;
    @Column(name = "first_detected_at", nullable = false, updatable = false)
    private Instant firstDetectedAt;
    @Column(name = "last_detected_at", nullable = false)
    private Instant lastDetectedAt;

    protected CleanupItem() {
    }

    CleanupItem(Detected detected, String findingsJson, Instant now) {
        this.key = detected.key();
        this.ownerTenant = detected.ownerTenant();
        this.kind = detected.kind();
        this.source = detected.source();
        this.group = CodeObservation.cut(detected.group(), 200);
        this.status = CleanupStatus.OPEN;
        this.firstDetectedAt = now;
        found(detected, findingsJson, now);
    }

    /**
     * What detection found now. A worked item whose findings are those it was worked on stays worked; with anything
     * new (another wrong code, another name, another code) it opens again.
     *
     * @return whether a worked item opened again
     */
    boolean found(Detected detected, String findingsJson, Instant now) {
        this.archiveName = CodeObservation.cut(detected.archiveName(), 200);
        this.subjectId = detected.subjectId();
        this.findings = findingsJson;
        this.distinctValues = detected.findings().size();
        this.occurrences = detected.findings().stream().mapToInt(Finding::count).sum();
        this.fingerprint = detected.fingerprint();
        this.lastDetectedAt = now;
        if (status.worked() && !Objects.equals(resolvedFingerprint, fingerprint)) {
            status = CleanupStatus.OPEN;
            return true;
        }
        return false;
    }

    void work(CleanupStatus outcome, String note, String actor, Instant now) {
        this.status = outcome;
        this.note = note;
        this.resolvedBy = actor;
        this.resolvedAt = now;
        this.resolvedFingerprint = fingerprint;
    }

    CleanupItemView view(List<Finding> shown) {
        return new CleanupItemView(id, ownerTenant, kind, source, group, archiveName, subjectId, shown,
                distinctValues, occurrences, status, note, resolvedBy, resolvedAt,
                reopened(), firstDetectedAt, lastDetectedAt);
    }

    /** Whether it was worked before and is open again: found with something new since. */
    boolean reopened() {
        return status == CleanupStatus.OPEN && resolvedBy != null;
    }

    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    String ownerTenant() {
        return ownerTenant;
    }

    CleanupKind kind() {
        return kind;
    }

    CleanupStatus status() {
        return status;
    }

    String findings() {
        return findings;
    }

    String group() {
        return group;
    }
}
