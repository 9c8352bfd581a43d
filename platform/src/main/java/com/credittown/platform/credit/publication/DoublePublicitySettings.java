package com.credittown.platform.credit.publication;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the 双公示 import ({@code credittown.double-publicity.*}).
 *
 * @param deadlineWorkingDays a licence or penalty is on time when published within this many working days of the
 *                            decision (counted from the day after the decision, publication day included)
 * @param maxFileSize         the largest file accepted
 * @param maxRows             the most data rows a file may have
 * @param chunkSize           rows committed per transaction
 * @param errorPreview        how many errors the job status shows (the full report is the errors CSV)
 * @param workers             import jobs running at the same time
 * @param queueCapacity       import jobs waiting for a worker before new uploads are refused (503)
 * @param staleAfter          a RUNNING job no worker has advanced for this long is reported FAILED (a restart)
 * @param maxUnpackedSize     the most an .xlsx workbook may unpack to (all its parts together; a zip bomb guard)
 * @param parallelChunks      chunks of one import committed at the same time, each lane holding the rows of its own
 *                            subject codes (1: one chunk after the other in the import's thread); an import commits
 *                            on that many threads of its own, so at most {@code workers × parallelChunks} commit at
 *                            once for the background imports (each holds a database connection while it commits)
 */
@ConfigurationProperties("credittown.double-publicity")
record DoublePublicitySettings(
        @DefaultValue("7") int deadlineWorkingDays,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("100") int errorPreview,
        @DefaultValue("1") int workers,
        @DefaultValue("10") int queueCapacity,
        @DefaultValue("10m") Duration staleAfter,
        @DefaultValue("500MB") DataSize maxUnpackedSize,
        @DefaultValue("1") int parallelChunks) {

    /** The most lanes one import may commit on at once (a guard against a typo taking every connection). */
    static final int MAX_PARALLEL_CHUNKS = 16;

    DoublePublicitySettings {
        if (deadlineWorkingDays < 0 || maxRows < 1 || chunkSize < 1 || errorPreview < 0 || workers < 1
                || queueCapacity < 0 || maxFileSize.toBytes() < 1 || maxUnpackedSize.toBytes() < 1
                || parallelChunks < 1 || parallelChunks > MAX_PARALLEL_CHUNKS) {
            throw new IllegalArgumentException("Invalid credittown.double-publicity settings: deadline "
                    + deadlineWorkingDays + ", max rows " + maxRows + ", chunk " + chunkSize + ", preview "
                    + errorPreview + ", workers " + workers + ", queue " + queueCapacity + ", max size " + maxFileSize
                    + ", max unpacked size " + maxUnpackedSize + ", parallel chunks " + parallelChunks
                    + " (1 to " + MAX_PARALLEL_CHUNKS + ")");
        }
    }

    /** The size limit as people write it: "50 MB", or bytes when not a whole number of megabytes. */
    String maxFileSizeText() {
        long bytes = maxFileSize.toBytes();
        return bytes % DataSize.ofMegabytes(1).toBytes() == 0 ? maxFileSize.toMegabytes() + " MB" : bytes + " bytes";
    }

    /** The defaults, for unit tests. */
    static DoublePublicitySettings defaults() {
        return new DoublePublicitySettings(7, DataSize.ofMegabytes(50), 200_000, 1000, 100, 1, 10,
                Duration.ofMinutes(10), DataSize.ofMegabytes(500), 1);
    }
}
