package com.credittown.platform.credit.publication;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports 双公示 files (licences and penalties) into the current tenant's credit archives. The whole file is checked
 * first (encoding, header, size) and refused with nothing written if it fails; then rows are validated and committed
 * in chunks, each row all or nothing. Importing the same file again changes nothing: rows already imported with the
 * same content are counted unchanged, with other content rejected as conflicts.
 */
@Service
@Allowed(Permission.IMPORT)
public class DoublePublicityImport {

    private static final Logger log = LoggerFactory.getLogger(DoublePublicityImport.class);
    private static final String AUDIT_SUBJECT = "double-publicity-import";
    private static final int ERROR_PAGE = 5000;

    private final DoublePublicitySettings settings;
    private final ImportFileInspector inspector;
    private final ImportChunks chunks;
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final ImportWorkers workers;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Set<Long> active = ConcurrentHashMap.newKeySet();
    private final TenantJobs tenantJobs;

    DoublePublicityImport(DoublePublicitySettings settings, ImportFileInspector inspector, ImportChunks chunks,
                          ImportJobs jobs, ImportErrors errors, ImportWorkers workers, AuditLog audit,
                          PlatformClock clock, PlatformTransactionManager transactions, TenantJobs tenantJobs) {
        this.tenantJobs = tenantJobs;
        this.settings = settings;
        this.inspector = inspector;
        this.chunks = chunks;
        this.jobs = jobs;
        this.errors = errors;
        this.workers = workers;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Imports the file in the calling thread and returns the finished job (for tests, tools and benchmarks).
     *
     * @throws InvalidInputException        if a whole-file check fails (nothing is written)
     * @throws ImportFileTooLargeException  if the file is over the size limit (nothing is written)
     */
    public ImportJobView importNow(ImportSource source, String fileName, String actor) {
        return importNow(source, fileName, actor, settings.parallelChunks(), settings.chunkSize());
    }

    /**
     * {@link #importNow(ImportSource, String, String)} on the given number of lanes and chunk size instead of the
     * settings' (tests compare one lane with several on small files).
     */
    ImportJobView importNow(ImportSource source, String fileName, String actor, int parallelChunks, int chunkSize) {
        InspectedFile file = inspector.inspect(source);
        long jobId = createJob(fileName, actor, file);
        active.add(jobId);
        try {
            run(jobId, source, file, actor, parallelChunks, chunkSize);
        } finally {
            active.remove(jobId);
        }
        return job(jobId);
    }

    /**
     * Checks the whole file, then imports it in the background for the current tenant; {@code whenDone} runs after
     * the job ends (e.g. to delete an uploaded file), also when it cannot start.
     *
     * @return the job, RUNNING
     * @throws InvalidInputException        if a whole-file check fails (nothing is written)
     * @throws ImportFileTooLargeException  if the file is over the size limit
     * @throws ImportsBusyException         if too many imports are running or waiting
     */
    public ImportJobView start(ImportSource source, String fileName, String actor, Runnable whenDone) {
        TenantId tenant = TenantContext.require();
        InspectedFile file = inspector.inspect(source);
        long jobId = createJob(fileName, actor, file);
        active.add(jobId);
        try {
            workers.submit(() -> tenantJobs.runFor(tenant, () -> {
                try {
                    run(jobId, source, file, actor, settings.parallelChunks(), settings.chunkSize());
                } finally {
                    active.remove(jobId);
                    whenDone.run();
                }
            }));
        } catch (ImportsBusyException e) {
            active.remove(jobId);
            end(jobId, actor, e.getMessage());
            throw e;
        }
        return job(jobId);
    }

    /** The largest file accepted, in bytes (setting {@code max-file-size}). */
    public long maxFileBytes() {
        return settings.maxFileSize().toBytes();
    }

    /** The largest file accepted as people write it: "50 MB". */
    public String maxFileSizeText() {
        return settings.maxFileSizeText();
    }

    /** @throws NotFoundException if the current tenant has no such import */
    public ImportJobView job(long jobId) {
        Instant now = clock.instant();
        ImportJob job = readOnly.execute(status -> require(jobId));
        if (job.staleAt(now, settings.staleAfter()) && !active.contains(jobId)) {
            end(jobId, AuditLog.SYSTEM, "interrupted: the application stopped while importing. The rows counted"
                    + " so far are stored; import the file again to finish (rows already imported count as"
                    + " unchanged)");
        }
        return readOnly.execute(status -> {
            List<RowProblem> first = errors.pageAfter(jobId, -1, 0,
                            Limit.of(Math.max(settings.errorPreview(), 1))).stream()
                    .limit(settings.errorPreview()).map(ImportError::problem).toList();
            return require(jobId).view(first, clock.instant());
        });
    }

    /**
     * Writes every error of the import as CSV: {@code row,line,column,message}.
     *
     * @throws NotFoundException if the current tenant has no such import
     */
    public void writeErrors(long jobId, Writer out) throws IOException {
        readOnly.execute(status -> require(jobId));
        out.write("row,line,column,message\r\n");
        for (List<RowProblem> page : errorPages(jobId)) {
            for (RowProblem problem : page) {
                out.write(problem.row() + "," + problem.line() + "," + csv(problem.column()) + ","
                        + csv(problem.message()) + "\r\n");
            }
        }
    }

    /**
     * Writes every error of the import as an .xlsx workbook: row, line, column, message, then the row's values under
     * the file's own header names (a workbook written as it goes: memory does not grow with the errors).
     *
     * @throws NotFoundException if the current tenant has no such import
     */
    public void writeErrorWorkbook(long jobId, java.io.OutputStream out) throws IOException {
        ImportJob job = readOnly.execute(status -> require(jobId));
        try (ImportErrorWorkbook workbook = new ImportErrorWorkbook(job.headerNames())) {
            for (List<RowProblem> page : errorPages(jobId)) {
                for (RowProblem problem : page) {
                    workbook.add(problem);
                }
            }
            workbook.write(out);
        }
    }

    /** A job's errors in row order, a page of {@value #ERROR_PAGE} at a time, each read in its own transaction. */
    private Iterable<List<RowProblem>> errorPages(long jobId) {
        return () -> new java.util.Iterator<>() {
            private long afterRow = -1;
            private long afterId;
            private boolean last;

            @Override
            public boolean hasNext() {
                return !last;
            }

            @Override
            public List<RowProblem> next() {
                if (last) {
                    throw new java.util.NoSuchElementException();
                }
                List<ImportError> page = readOnly.execute(status ->
                        errors.pageAfter(jobId, afterRow, afterId, Limit.of(ERROR_PAGE)));
                if (!page.isEmpty()) {
                    afterRow = page.get(page.size() - 1).row();
                    afterId = page.get(page.size() - 1).id();
                }
                last = page.size() < ERROR_PAGE;
                return page.stream().map(ImportError::problem).toList();
            }
        };
    }

    /** The current tenant's latest imports, newest first, without their errors (a page lists them). */
    public List<ImportJobView> recent(int limit) {
        Instant now = clock.instant();
        return readOnly.execute(status -> jobs.findAllByOrderByIdDesc(Limit.of(limit)).stream()
                .map(job -> job.view(List.of(), now)).toList());
    }

    private static String csv(String text) {
        // A leading =, +, - or @ would be a formula in a spreadsheet: quote it with a leading apostrophe.
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private ImportJob require(long jobId) {
        return jobs.findById(jobId).orElseThrow(() -> new NotFoundException("Unknown import",
                "No import with the id " + jobId + " exists."));
    }

    private long createJob(String fileName, String actor, InspectedFile file) {
        return transaction.execute(status -> jobs.save(new ImportJob(fileName, actor, file, clock.instant())).id());
    }

    private void run(long jobId, ImportSource source, InspectedFile file, String actor, int parallelChunks,
                     int chunkSize) {
        try {
            chunks.importRows(jobId, source, file, actor, parallelChunks, chunkSize);
            end(jobId, actor, null);
        } catch (IOException | RuntimeException e) {
            log.error("Import {} failed", jobId, e);
            end(jobId, actor, "the import stopped unexpectedly after the rows counted so far; they are stored."
                    + " Import the file again to finish (rows already imported count as unchanged). Cause: "
                    + (e instanceof IOException ? e.getMessage() : e.getClass().getSimpleName()));
        }
    }

    /** Ends the job: DONE without a failure, FAILED with one; audited either way. */
    private void end(long jobId, String actor, String failure) {
        transaction.executeWithoutResult(status -> {
            ImportJob job = require(jobId);
            if (job.state() != ImportState.RUNNING) {
                return;
            }
            Instant now = clock.instant();
            if (failure == null) {
                job.finish(now);
            } else {
                job.fail(failure, now);
            }
            ImportJobView view = job.view(List.of(), now);
            audit.record(actor, failure == null ? "DOUBLE_PUBLICITY_IMPORTED" : "DOUBLE_PUBLICITY_IMPORT_FAILED",
                    AUDIT_SUBJECT, Long.toString(jobId), "file '" + view.fileName() + "': " + view.rowsTotal()
                            + " rows, " + view.imported() + " imported, " + view.unchanged() + " unchanged, "
                            + view.rejected() + " rejected" + (failure == null ? "" : "; " + failure));
        });
    }
}
