package com.credittown.platform.credit.cleanup;

import com.credittown.platform.credit.SubjectCodeReported;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a registration or an import row reported about a code (one row per report; never changed). */
@Entity
@Table(name = "code_observation")
class CodeObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_tenant", nullable = false, updatable = false, length = 40)
    private String ownerTenant;
    @Enumerated(EnumType.STRING)
    @Column(name = "problem", nullable = false, updatable = false, length = 20)
    private SubjectCodeReported.Problem problem;
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 20)
    private SubjectCodeReported.Source source;
    @Column(name = "department", updatable = false, length = 100)
    private String department;
    @Column(name = "code_text", nullable = false, updatable = false, length = 100)
    private String codeText;
    @Column(name = "reason", nullable = false, updatable = false, length = 500)
    private String reason;
    @Column(name = "reported_name", updatable = false, length = 200)
    private String reportedName;
    @Column(name = "subject_id", updatable = false)
    private Long subjectId;
    @Column(name = "archive_name", updatable = false, length = 200)
    private String archiveName;
    @Column(name = "reference", nullable = false, updatable = false, length = 100)
    private String reference;
    @Column(name = "actor", nullable = false, updatable = false, length = 120)
    private String actor;
    @Column(name = "observed_at", nullable = false, updatable = false)
    private Instant observedAt;

    protected CodeObservation() {
    }

    /** What was reported, each text cut to its column (a refused registration may send anything). */
    CodeObservation(SubjectCodeReported reported, Instant now) {
        this.ownerTenant = reported.tenant();
        this.problem = reported.problem();
        this.source = reported.source();
        this.department = blankToNull(cut(reported.department() == null ? null : reported.department().strip(), 100));
        this.codeText = cut(reported.code() == null ? "" : reported.code(), 100);
        this.reason = cut(reported.reason() == null ? "" : reported.reason(), 500);
        this.reportedName = blankToNull(cut(reported.reportedName(), 200));
        this.subjectId = reported.subjectId();
        this.archiveName = cut(reported.archiveName(), 200);
        this.reference = cut(reported.reference(), 100);
        this.actor = cut(reported.actor(), 120);
        this.observedAt = now;
    }

    /**
     * The text cut to the column, control characters shown as U+XXXX (a refused registration may carry NUL, which
     * PostgreSQL does not store, or a right-to-left override a reader should see).
     */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder(Math.min(text.length(), max + 8));
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                shown.append(String.format("U+%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.length() <= max ? shown.toString() : shown.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    String ownerTenant() {
        return ownerTenant;
    }

    SubjectCodeReported.Problem problem() {
        return problem;
    }

    SubjectCodeReported.Source source() {
        return source;
    }

    String department() {
        return department;
    }

    String codeText() {
        return codeText;
    }

    String reason() {
        return reason;
    }

    String reportedName() {
        return reportedName;
    }

    Long subjectId() {
        return subjectId;
    }

    String archiveName() {
        return archiveName;
    }

    String reference() {
        return reference;
    }
}
