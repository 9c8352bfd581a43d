package com.credittown.workflows.governance;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification follow-up as the ledger shows it. */
public record FollowUpView(long id, LocalDate followedOn, String note, Rectification rectification,
                           Instant recordedAt, String recordedBy) {
}
