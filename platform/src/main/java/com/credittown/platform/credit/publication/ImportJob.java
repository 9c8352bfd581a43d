package com.credittown.platform.credit.publication;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** An import of one 双公示 file and its progress, advanced chunk by chunk in the chunk's own transaction. */
@Entity
@Table(name = "double_publicity_import")
class ImportJob extends TenantScoped {

    private static final int MAX_FAILURE = 2000;

    /**
     * Advances a job by a committed chunk's counts, in the chunk's transaction: rows processed, imported, unchanged,
     * rejected, name conflicts, the time, then the job's id and tenant. One update adding to the stored counts, so
     * chunks of one import committed at the same time never overwrite each other's.
     */
    static final String ADVANCE = "update double_publicity_import set rows_processed = rows_processed + ?,"
            + " imported = imported + ?, unchanged = unchanged + ?, rejected = rejected + ?,"
            + " name_conflicts = name_conflicts + ?, updated_at = ? where id = ? and tenant_id = ?";
    private static final int MAX_FILE_NAME = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false, length = MAX_FILE_NAME)
    private String fileName;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ImportState state;

    @Column(name = "rows_total", nullable = false, updatable = false)
    private int rowsTotal;

    @Column(name = "rows_processed", nullable = false)
    private int rowsProcessed;

    @Column(name = "imported", nullable = false)
    private int imported;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "rejected", nullable = false)
    private int rejected;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure", length = MAX_FAILURE)
    private String failure;

    /** Rows imported to a subject whose archive name differs from the row's (重码, reported to the code clean-up). */
    @Column(name = "name_conflicts", nullable = false)
    private int nameConflicts;

    @Column(name = "header_names", updatable = false, length = RowValues.MAX_JSON)
    private String headerNames;

    @Column(name = "file_format", length = 20, updatable = false)
    private String format;

    protected ImportJob() {
    }

    ImportJob(String fileName, String actor, InspectedFile file, Instant now) {
        this(fileName, actor, file.rows(), now);
        this.headerNames = RowValues.encode(file.header().names());
        this.format = file.format().label();
    }

    ImportJob(String fileName, String actor, int rowsTotal, Instant now) {
        this.fileName = fileName == null || fileName.isBlank() ? "(unnamed)" : truncate(fileName.strip(), MAX_FILE_NAME);
        this.actor = actor;
        this.state = ImportState.RUNNING;
        this.rowsTotal = rowsTotal;
        this.startedAt = now;
        this.updatedAt = now;
    }

    void finish(Instant now) {
        state = ImportState.DONE;
        updatedAt = now;
        finishedAt = now;
    }

    void fail(String reason, Instant now) {
        state = ImportState.FAILED;
        failure = truncate(reason, MAX_FAILURE);
        updatedAt = now;
        finishedAt = now;
    }

    /** Whether the job claims to run but no worker has advanced it for this long (the application was stopped). */
    boolean staleAt(Instant now, Duration staleAfter) {
        return state == ImportState.RUNNING && updatedAt.plus(staleAfter).isBefore(now);
    }

    String actor() {
        return actor;
    }

    Long id() {
        return id;
    }

    ImportState state() {
        return state;
    }

    /** The file's header row as it holds it (empty for a job from before headers were kept). */
    java.util.List<String> headerNames() {
        return RowValues.decode(headerNames);
    }

    ImportJobView view(java.util.List<RowProblem> firstErrors, Instant now) {
        Instant end = finishedAt == null ? now : finishedAt;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        double rate = Math.round(rowsProcessed / seconds * 10) / 10.0;
        return new ImportJobView(id, fileName, format, state, rowsTotal, rowsProcessed, imported, unchanged, rejected,
                rate, startedAt, finishedAt, failure, firstErrors, nameConflicts);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
