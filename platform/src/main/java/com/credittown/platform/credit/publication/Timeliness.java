package com.credittown.platform.credit.publication;

/**
 * How promptly a decision was published.
 *
 * @param workingDays     working days after the decision day up to and including the publication day
 * @param onTime          whether that is within the deadline
 * @param calendarFlagged whether a year counted over has no calendar entered (Monday to Friday was assumed)
 */
record Timeliness(int workingDays, boolean onTime, boolean calendarFlagged) {
}
