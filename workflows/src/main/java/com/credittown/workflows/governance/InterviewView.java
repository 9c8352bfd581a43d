package com.credittown.workflows.governance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An interview as the ledger shows it.
 *
 * @param followUpFlagged the follow-up day was counted through a year with no calendar entered
 */
public record InterviewView(long id, InterviewKind kind, String kindName, LocalDate heldOn, String participants,
                            String content, String outcome, LocalDate followUpOn, boolean followUpFlagged,
                            Instant recordedAt, String recordedBy) {
}
