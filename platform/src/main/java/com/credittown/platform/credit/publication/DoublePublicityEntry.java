package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.Severity;
import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A published licence or penalty (双公示) with its timeliness: what the city's assessment ledger reads. Identified
 * within its tenant by kind, decision number and subject code; never changed by a later import.
 */
@Entity
@Table(name = "double_publicity_entry")
class DoublePublicityEntry extends TenantScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private PublicationKind kind;

    @Column(name = "decision_number", nullable = false, updatable = false, length = 100)
    private String decisionNumber;

    @Column(name = "subject_code", nullable = false, updatable = false, length = 18)
    private String subjectCode;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "subject_name", nullable = false, updatable = false, length = 200)
    private String subjectName;

    @Column(name = "department", nullable = false, updatable = false, length = 100)
    private String department;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "legal_basis", updatable = false, length = 500)
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", updatable = false, length = 10)
    private Severity severity;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    @Column(name = "publication_date", nullable = false, updatable = false)
    private LocalDate publicationDate;

    @Column(name = "working_days", nullable = false, updatable = false)
    private int workingDays;

    @Column(name = "on_time", nullable = false, updatable = false)
    private boolean onTime;

    @Column(name = "calendar_flagged", nullable = false, updatable = false)
    private boolean calendarFlagged;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    protected DoublePublicityEntry() {
    }

    DoublePublicityEntry(long importId, PublicationRow row, long subjectId, long recordId, Timeliness timeliness,
                         Instant importedAt) {
        this.importId = importId;
        this.kind = row.kind();
        this.decisionNumber = row.decisionNumber();
        this.subjectCode = row.subjectCode().value();
        this.subjectId = subjectId;
        this.recordId = recordId;
        this.subjectName = row.subjectName();
        this.department = row.department();
        this.title = row.title();
        this.legalBasis = row.legalBasis();
        this.severity = row.severity();
        this.decisionDate = row.decisionDate();
        this.publicationDate = row.publicationDate();
        this.workingDays = timeliness.workingDays();
        this.onTime = timeliness.onTime();
        this.calendarFlagged = timeliness.calendarFlagged();
        this.importedAt = importedAt;
    }

    /**
     * The insert of a new entry for a JDBC batch ({@link #insertValues}): a chunk's entries are written in one round
     * trip, which the IDENTITY id keeps Hibernate from doing. Kept beside the mapping it must follow.
     */
    static final String INSERT = "insert into double_publicity_entry (tenant_id, import_id, kind, decision_number,"
            + " subject_code, subject_id, record_id, subject_name, department, title, legal_basis, severity,"
            + " decision_date, publication_date, working_days, on_time, calendar_flagged, imported_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** This new entry's values for {@link #INSERT}, in the tenant given (the current one). */
    Object[] insertValues(String tenant) {
        return new Object[] {tenant, importId, kind.name(), decisionNumber, subjectCode, subjectId, recordId,
                subjectName, department, title, legalBasis, severity == null ? null : severity.name(), decisionDate,
                publicationDate, workingDays, onTime, calendarFlagged,
                java.sql.Timestamp.from(importedAt)};
    }

    PublicationRow.EntryKey key() {
        return new PublicationRow.EntryKey(kind, decisionNumber, subjectCode);
    }

    /** The columns in which the row differs from this entry, each with the stored and the new value. */
    List<String> differencesFrom(PublicationRow row) {
        List<String> differences = new ArrayList<>();
        compare(differences, ImportColumn.SUBJECT_NAME, subjectName, row.subjectName());
        compare(differences, ImportColumn.DEPARTMENT, department, row.department());
        compare(differences, ImportColumn.DECISION_DATE, decisionDate, row.decisionDate());
        compare(differences, ImportColumn.PUBLICATION_DATE, publicationDate, row.publicationDate());
        compare(differences, ImportColumn.TITLE, title, row.title());
        compare(differences, ImportColumn.LEGAL_BASIS, legalBasis, row.legalBasis());
        compare(differences, ImportColumn.SEVERITY, severity, row.severity());
        return differences;
    }

    private static void compare(List<String> differences, ImportColumn column, Object stored, Object given) {
        if (!Objects.equals(stored, given)) {
            differences.add(column.header() + " (imported: " + (stored == null ? "empty" : stored) + ", file: "
                    + (given == null ? "empty" : given) + ")");
        }
    }

    Long id() {
        return id;
    }

    long recordId() {
        return recordId;
    }

    int workingDays() {
        return workingDays;
    }

    boolean onTime() {
        return onTime;
    }

    boolean calendarFlagged() {
        return calendarFlagged;
    }

    long importId() {
        return importId;
    }
}
