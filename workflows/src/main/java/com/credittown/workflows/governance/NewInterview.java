package com.credittown.workflows.governance;

import java.time.LocalDate;

/**
 * An interview to record: type, day held, participants, what was said, the outcome and commitments, and the day to
 * follow up (the city's setting of working days after the interview when none is given).
 */
public record NewInterview(InterviewKind kind, LocalDate heldOn, String participants, String content,
                           String outcome, LocalDate followUpOn) {
}
