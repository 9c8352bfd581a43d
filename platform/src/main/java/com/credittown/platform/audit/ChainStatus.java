package com.credittown.platform.audit;

import java.util.Optional;

/**
 * What verifying one audit chain found.
 *
 * @param chain      the tenant's code, or {@link ChainedEntry#CITY}
 * @param entries    how many entries the chain holds
 * @param headSeq    the last position the chain's head records
 * @param headHash   the last hash the chain's head records: note it outside the database to detect a rewritten chain
 * @param firstBreak the first position where the chain is broken, if any
 */
public record ChainStatus(String chain, long entries, long headSeq, String headHash, Optional<ChainBreak> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** What kind of break, for programs and translated pages. */
    public enum BreakKind {
        /** An entry's content no longer matches its hash. */
        EDITED,
        /** A position is missing: the entry there was deleted. */
        MISSING,
        /** An entry does not link to the one before it: inserted, or the one before was replaced. */
        NOT_LINKED,
        /** A position is taken twice. */
        REPEATED,
        /** An entry of another tenant (or level) sits in the chain. */
        WRONG_CHAIN,
        /** The head records more entries than the chain has: entries at its end were deleted. */
        SHORTER_THAN_HEAD,
        /** The chain runs past its head: entries were added outside the audit log. */
        LONGER_THAN_HEAD,
        /** The last entry's hash is not the head's: the end of the chain was replaced. */
        HEAD_MISMATCH,
        /** Entries without a head row. */
        NO_HEAD
    }

    /**
     * The first broken position.
     *
     * @param seq     the position in the chain (the first missing one for a deleted entry)
     * @param entryId the id of the entry found there (or, for a missing entry, of the entry after the gap), if any
     * @param kind    what kind of break
     * @param problem what is wrong, in words (English)
     */
    public record ChainBreak(long seq, Long entryId, BreakKind kind, String problem) {
    }
}
