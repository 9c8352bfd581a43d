package com.credittown.platform.audit;

/**
 * One chain's verification.
 *
 * @param brokenAt the first broken position, null if intact
 * @param entryId  the entry found at (or right after) that position, if any
 * @param problem  what is wrong there
 */
record ChainReport(String chain, long entries, long headSeq, String headHash, boolean intact, Long brokenAt,
                   Long entryId, String problem) {
    static ChainReport of(ChainStatus status) {
        return new ChainReport(status.chain(), status.entries(), status.headSeq(), status.headHash(),
                status.intact(), status.firstBreak().map(ChainBreak::seq).orElse(null),
                status.firstBreak().map(ChainBreak::entryId).orElse(null),
                status.firstBreak().map(ChainBreak::problem).orElse(null));
    }
}
