package com.credittown.platform.credit.publication;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Reads a checked file's rows, validates them and commits them in chunks of {@code chunk-size} rows, each chunk in
 * its own transaction ({@link ImportChunkWriter}); a chunk that fails for one of its rows is committed row by row,
 * so one bad row cannot take the others down.
 *
 * <p>With {@code parallel-chunks} above 1 the rows are partitioned by subject code over that many lanes
 * ({@link ChunkLanes}), each gathering its own chunks and committing them in order while the other lanes commit
 * theirs: all rows of one subject go to one lane, so what a subject's records do (its grade, its repair notices, the
 * code clean-up's reports of its name) happens in the file's order, as one after the other would. Rows rejected by
 * validation all go to lane 0 (their reports to the code clean-up are grouped by department, not by code).
 */
@Component
class ImportChunks {

    private static final Logger log = LoggerFactory.getLogger(ImportChunks.class);
    /** Chunks a lane holds waiting for its thread before the reader waits: memory stays a few chunks per lane. */
    private static final int QUEUED_PER_LANE = 2;
    /** Tries of a chunk that lost a lock to a concurrent transaction (a deadlock), each rolled back entirely. */
    private static final int TRIES = 3;

    private final ImportChunkWriter writer;
    private final TenantJobs tenantJobs;
    private final PlatformClock clock;
    private final ImportTableStatistics statistics;

    ImportChunks(ImportChunkWriter writer, TenantJobs tenantJobs, PlatformClock clock,
                 ImportTableStatistics statistics) {
        this.writer = writer;
        this.tenantJobs = tenantJobs;
        this.clock = clock;
        this.statistics = statistics;
    }

    /**
     * Imports every row of the file after its header into the job, in chunks of {@code chunkSize} rows (the setting
     * {@code chunk-size}), on {@code parallelChunks} lanes ({@code parallel-chunks}; 1: one chunk after the other in
     * this thread).
     */
    void importRows(long jobId, ImportSource source, InspectedFile file, String actor, int parallelChunks,
                    int chunkSize) throws IOException {
        List<String> headerNames = file.header().names(); // what a chunk reports a wrong code with
        if (parallelChunks == 1) {
            Chunking chunking = new Chunking(chunkSize, chunk -> commit(jobId, headerNames, chunk, actor));
            read(source, file, (row, problems) -> {
                if (row.isPresent()) {
                    chunking.add(row.get());
                } else {
                    chunking.reject(problems);
                }
            });
            chunking.flush();
            return;
        }
        TenantId tenant = TenantContext.require();
        // threads of this import's own, parallelChunks of them: a lane never waits for a thread another import holds
        // (the imports at once are bounded by the workers setting, so the threads are too)
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(parallelChunks, work -> {
            Thread thread = new Thread(work, "double-publicity-chunks-" + jobId + "-" + threadNo.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            ChunkLanes lanes = new ChunkLanes(parallelChunks, QUEUED_PER_LANE,
                    work -> threads.submit(() -> tenantJobs.runFor(tenant, work)),
                    chunk -> commit(jobId, headerNames, chunk, actor));
            List<Chunking> chunkings = new ArrayList<>(parallelChunks);
            for (int i = 0; i < parallelChunks; i++) {
                int lane = i;
                chunkings.add(new Chunking(chunkSize, chunk -> lanes.submit(lane, chunk)));
            }
            try {
                read(source, file, (row, problems) -> {
                    if (row.isPresent()) {
                        chunkings.get(ChunkLanes.laneOf(row.get().subjectCode().value(), parallelChunks))
                                .add(row.get());
                    } else {
                        chunkings.get(0).reject(problems);
                    }
                });
                chunkings.forEach(Chunking::flush);
            } catch (IOException | RuntimeException e) {
                // the chunks read before the failure are committed, as one lane would have committed them already
                try {
                    lanes.finish();
                } catch (RuntimeException laneFailure) {
                    if (laneFailure != e) { // a lane's failure reaches the reader as itself
                        e.addSuppressed(laneFailure);
                    }
                }
                throw e;
            }
            lanes.finish();
        } finally {
            threads.shutdownNow(); // every lane has ended here, unless this thread was interrupted waiting for them
        }
    }

    /** A validated row (present) or the problems of a rejected one. */
    private interface RowSink {
        void accept(Optional<PublicationRow> row, List<RowProblem> problems);
    }

    private void read(ImportSource source, InspectedFile file, RowSink sink) throws IOException {
        try (ImportRows rows = file.format().open(source)) {
            PublicationRowValidator validator = new PublicationRowValidator(file.header(), LocalDate.now(clock));
            boolean[] header = {true};
            rows.forEach(record -> {
                if (header[0]) {
                    header[0] = false; // checked by the inspector
                    return;
                }
                List<RowProblem> problems = new ArrayList<>(1);
                sink.accept(validator.validate(record, problems), problems);
            });
        }
    }

    /** Validated rows gathered into chunks of {@code size} rows and handed on. */
    private final class Chunking {

        private final int size;
        private final Consumer<ImportChunk> sink;
        private List<PublicationRow> valid = new ArrayList<>();
        private List<RowProblem> problems = new ArrayList<>();
        private int rejectedRows;

        Chunking(int size, Consumer<ImportChunk> sink) {
            this.size = size;
            this.sink = sink;
        }

        void add(PublicationRow row) {
            valid.add(row);
            flushWhenFull();
        }

        void reject(List<RowProblem> rowProblems) {
            problems.addAll(rowProblems);
            rejectedRows++;
            flushWhenFull();
        }

        private void flushWhenFull() {
            if (valid.size() + rejectedRows == size) {
                flush();
            }
        }

        void flush() {
            if (valid.size() + rejectedRows > 0) {
                sink.accept(new ImportChunk(valid, problems, rejectedRows));
            }
            valid = new ArrayList<>();
            problems = new ArrayList<>();
            rejectedRows = 0;
        }
    }

    /**
     * Commits the chunk (its rows one by one if that fails), then analyses the tables it grew where autovacuum would
     * ({@link ImportTableStatistics}): the next chunks' look-ups are planned on current statistics.
     */
    private void commit(long jobId, List<String> headerNames, ImportChunk chunk, String actor) {
        commitRows(jobId, headerNames, chunk, actor);
        statistics.analyzeWhereStale();
    }

    /** Commits the chunk; if that fails, commits its rows one by one so one bad row cannot take others down. */
    private void commitRows(long jobId, List<String> headerNames, ImportChunk chunk, String actor) {
        try {
            write(jobId, headerNames, chunk, actor);
            return;
        } catch (RuntimeException e) {
            if (!isRowProblem(e)) {
                throw e;
            }
            log.debug("Chunk of import {} failed, committing its rows one by one", jobId, e);
        }
        if (chunk.rejectedRows() > 0) {
            write(jobId, headerNames, new ImportChunk(List.of(), chunk.problems(), chunk.rejectedRows()), actor);
        }
        for (PublicationRow row : chunk.valid()) {
            try {
                write(jobId, headerNames, new ImportChunk(List.of(row), List.of(), 0), actor);
            } catch (RuntimeException e) {
                if (!isRowProblem(e)) {
                    throw e;
                }
                write(jobId, headerNames, ImportChunk.rejected(new RowProblem(row.row(), row.line(), "",
                        "could not be stored: " + e.getMessage(), row.values())), actor);
            }
        }
    }

    /**
     * Writes the chunk in its own transaction, again when it lost a lock to a concurrent transaction (a deadlock the
     * database broke by rolling this one back: nothing of it is stored, so writing it again is writing it once).
     */
    private void write(long jobId, List<String> headerNames, ImportChunk chunk, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.write(jobId, headerNames, chunk, actor);
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == TRIES) {
                    throw e;
                }
                log.info("Chunk of import {} lost a lock to a concurrent transaction, writing it again", jobId);
            }
        }
    }

    private static boolean isRowProblem(RuntimeException e) {
        return e instanceof InvalidInputException || e instanceof ConflictException
                || e instanceof NotFoundException || e instanceof DataIntegrityViolationException;
    }
}
