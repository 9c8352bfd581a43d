package com.credittown.platform.audit;

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
