package com.credittown.platform.credit;

import java.time.LocalDate;

/**
 * What a new credit record says.
 *
 * @param kind         the kind of record
 * @param severity     required for DISHONESTY, optional otherwise; sets the publicity window
 * @param department   the deciding department (认定部门), at most 100 characters
 * @param decisionDate the date of the decision, not in the future
 * @param legalBasis   the legal basis (依据), required for DISHONESTY, at most 500 characters
 * @param title        a short title, at most 200 characters
 * @param summary      optional, at most 2000 characters
 */
public record RecordDetails(RecordKind kind, Severity severity, String department, LocalDate decisionDate,
                            String legalBasis, String title, String summary) {
}
