package com.credittown.workflows.commitment;

/** Commitments signed in the span, verified in it, and of those breached. */
public record CommitmentCounts(long signed, long verified, long breached) {

    public static final CommitmentCounts NONE = new CommitmentCounts(0, 0, 0);
}
