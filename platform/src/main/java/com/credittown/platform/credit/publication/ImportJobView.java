package com.credittown.platform.credit.publication;

import java.time.Instant;
import java.util.List;

/**
 * An import job as shown to callers.
 *
 * @param format        how the file was read: {@code xlsx}, {@code CSV UTF-8} or {@code CSV GB18030}
 * @param rowsTotal     data rows in the file (the header not counted)
 * @param rowsProcessed rows committed so far: imported + unchanged + rejected
 * @param imported      rows added to the archive by this job
 * @param unchanged     rows already imported earlier with the same content
 * @param rejected      rows refused (invalid, duplicated, or in conflict with what was imported earlier)
 * @param rowsPerSecond rows processed per second since the start
 * @param failure       why a FAILED job stopped
 * @param errors        the first errors (see the errors CSV for all of them)
 * @param nameConflicts imported rows whose subject_name differs from the name of the code's subject in the city's
 *                      archive: the record went to that subject, its name was not changed, and each difference is an
 *                      item of the code clean-up report (重错码清理)
 */
public record ImportJobView(long id, String fileName, String format, ImportState state, int rowsTotal, int rowsProcessed,
                            int imported, int unchanged, int rejected, double rowsPerSecond, Instant startedAt,
                            Instant finishedAt, String failure, List<RowProblem> errors,
                            int nameConflicts) {
}
