package com.credittown.platform.credit.cleanup;

import java.time.Instant;
import java.util.List;

/**
 * An item of the code clean-up report as callers see it.
 *
 * @param ownerTenant  whose item it is (the reporting tenant; for a likely duplicate a tenant that registered one of
 *                     the subjects); {@code null}: the city's
 * @param source       who reported a wrong code: {@code IMPORT} (by department) or {@code REGISTRATION}; {@code null}
 *                     for the other kinds
 * @param group        the reporting department (wrong codes from imports), the code (重码), the normalised name
 *                     (likely duplicates)
 * @param archiveName  the archive subject's name for the code (重码)
 * @param findings     the distinct offending values with their counts (at most {@value CleanupItem#MAX_FINDINGS})
 * @param distinctValues how many distinct values were found (may exceed the findings listed)
 * @param occurrences  how often in all
 * @param reopened     whether it was worked before and found again with something new since
 */
public record CleanupItemView(long id, String ownerTenant, CleanupKind kind, String source, String group,
                              String archiveName, Long subjectId, List<Finding> findings, int distinctValues,
                              int occurrences, CleanupStatus status, String note, String resolvedBy,
                              Instant resolvedAt, boolean reopened, Instant firstDetectedAt,
                              Instant lastDetectedAt) {
}
