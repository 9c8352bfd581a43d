package com.credittown.workflows.repair;

import java.time.LocalDate;

/**
 * A credit record an application lists, as read from the subject's archive when the application is registered.
 *
 * @param reviewerGroup   the candidate group of the department that recorded it ({@code department:<code>}), or
 *                        {@code officer} when the department is not in the template's list
 * @param minPublicityEnd the earliest day its publicity may end by repair; {@code null} when it has no set period
 */
record ListedRecord(long recordId, String kind, String severity, String title, String department,
                    String reviewerGroup, LocalDate minPublicityEnd) {
}
