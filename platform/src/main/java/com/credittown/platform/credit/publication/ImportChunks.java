package com.credittown.platform.credit.publication;

import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.time.PlatformClock;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Reads a checked file's rows, validates them and commits them in chunks of {@code chunk-size} rows, each chunk in
 * its own transaction ({@link ImportChunkWriter}); a chunk that fails for one of its rows is committed row by row,
 * so one bad row cannot take the others down.
 */
@Component
class ImportChunks {

    private static final Logger log = LoggerFactory.getLogger(ImportChunks.class);

    private final DoublePublicitySettings settings;
    private final ImportChunkWriter writer;
    private final PlatformClock clock;

    ImportChunks(DoublePublicitySettings settings, ImportChunkWriter writer, PlatformClock clock) {
        this.settings = settings;
        this.writer = writer;
        this.clock = clock;
    }

    /** Imports every row of the file after its header into the job, chunk by chunk. */
    void importRows(long jobId, ImportSource source, InspectedFile file, String actor) throws IOException {
        try (ImportRows rows = file.format().open(source)) {
            PublicationRowValidator validator = new PublicationRowValidator(file.header(), LocalDate.now(clock));
            Chunking chunking = new Chunking(jobId, actor);
            boolean[] header = {true};
            rows.forEach(record -> {
                if (header[0]) {
                    header[0] = false; // checked by the inspector
                    return;
                }
                chunking.add(validator, record);
            });
            chunking.flush();
        }
    }

    /** Validated rows gathered into chunks of {@code chunk-size} and committed. */
    private final class Chunking {

        private final long jobId;
        private final String actor;
        private List<PublicationRow> valid = new ArrayList<>();
        private List<RowProblem> problems = new ArrayList<>();
        private int rejectedRows;

        Chunking(long jobId, String actor) {
            this.jobId = jobId;
            this.actor = actor;
        }

        void add(PublicationRowValidator validator, CsvRecord record) {
            Optional<PublicationRow> row = validator.validate(record, problems);
            if (row.isPresent()) {
                valid.add(row.get());
            } else {
                rejectedRows++;
            }
            if (valid.size() + rejectedRows == settings.chunkSize()) {
                flush();
            }
        }

        void flush() {
            if (valid.size() + rejectedRows > 0) {
                commit(jobId, new ImportChunk(valid, problems, rejectedRows), actor);
            }
            valid = new ArrayList<>();
            problems = new ArrayList<>();
            rejectedRows = 0;
        }
    }

    /** Commits the chunk; if that fails, commits its rows one by one so one bad row cannot take others down. */
    private void commit(long jobId, ImportChunk chunk, String actor) {
        try {
            writer.write(jobId, chunk, actor);
            return;
        } catch (RuntimeException e) {
            if (!isRowProblem(e)) {
                throw e;
            }
            log.debug("Chunk of import {} failed, committing its rows one by one", jobId, e);
        }
        if (chunk.rejectedRows() > 0) {
            writer.write(jobId, new ImportChunk(List.of(), chunk.problems(), chunk.rejectedRows()), actor);
        }
        for (PublicationRow row : chunk.valid()) {
            try {
                writer.write(jobId, new ImportChunk(List.of(row), List.of(), 0), actor);
            } catch (RuntimeException e) {
                if (!isRowProblem(e)) {
                    throw e;
                }
                writer.write(jobId, ImportChunk.rejected(new RowProblem(row.row(), row.line(), "",
                        "could not be stored: " + e.getMessage(), row.values())), actor);
            }
        }
    }

    private static boolean isRowProblem(RuntimeException e) {
        return e instanceof InvalidInputException || e instanceof ConflictException
                || e instanceof NotFoundException || e instanceof DataIntegrityViolationException;
    }
}
