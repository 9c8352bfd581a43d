package com.credittown.platform.audit;

import com.credittown.platform.audit.BreakKind;
import com.credittown.platform.audit.ChainBreak;
import java.util.Optional;

/**
 * One pass over a chain's entries in position order, remembering the first break. Package-private: used by
 * {@link AuditVerification}; it reads no database, so every rule is tested on its own.
 */
final class ChainWalk {

    private final String chain;
    private long expectedSeq = 1;
    private String previousHash = ChainedEntry.GENESIS;
    private long entries;
    private ChainBreak firstBreak;

    ChainWalk(String chain) {
        this.chain = chain;
    }

    void next(ChainedEntry entry) {
        entries++;
        if (firstBreak != null) {
            return;
        }
        long seq = entry.seq();
        String id = "entry " + entry.id();
        if (!chain.equals(ChainedEntry.chainOf(entry.tenant()))) {
            broken(seq, entry.id(), BreakKind.WRONG_CHAIN, id + " belongs to "
                    + (entry.tenant() == null ? "the city level" : "tenant " + entry.tenant()) + ", not to this chain");
        } else if (seq > expectedSeq) {
            broken(expectedSeq, entry.id(), BreakKind.MISSING, "the entry at position " + expectedSeq
                    + " is missing (deleted): the next entry found is at position " + seq + " (id " + entry.id() + ")");
        } else if (seq < expectedSeq) {
            broken(seq, entry.id(), BreakKind.REPEATED, id + " repeats position " + seq);
        } else if (!previousHash.equals(entry.previousHash())) {
            broken(seq, entry.id(), BreakKind.NOT_LINKED, id + " at position " + seq + " does not link to the entry"
                    + " before it (inserted, or the entry before it was replaced)");
        } else if (!entry.computedHash().equals(entry.hash())) {
            broken(seq, entry.id(), BreakKind.EDITED, "the content of " + id + " at position " + seq
                    + " does not match its SM3 hash (edited)");
        }
        expectedSeq = seq + 1;
        previousHash = entry.hash();
    }

    /** Compares the chain's end with its head row. */
    void end(Optional<AuditChainHeads.Head> head) {
        if (firstBreak != null) {
            return;
        }
        long last = expectedSeq - 1;
        if (head.isEmpty()) {
            if (entries > 0) {
                broken(1, null, BreakKind.NO_HEAD, "the chain has entries but no head row (its entries were written"
                        + " outside the audit log, or the head was deleted)");
            }
            return;
        }
        long headSeq = head.get().seq();
        if (headSeq > last) {
            broken(last + 1, null, BreakKind.SHORTER_THAN_HEAD, "the head records " + headSeq + " entries, but the"
                    + " chain ends at position " + last + ": the entries after it are missing (deleted)");
        } else if (headSeq < last) {
            broken(headSeq + 1, null, BreakKind.LONGER_THAN_HEAD, "the chain runs past its head (position " + headSeq
                    + "): the entries after it were added outside the audit log");
        } else if (!head.get().hash().equals(previousHash)) {
            broken(last, null, BreakKind.HEAD_MISMATCH, "the last entry's hash does not match the head's (the end of"
                    + " the chain was replaced)");
        }
    }

    long entries() {
        return entries;
    }

    Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }

    private void broken(long seq, Long entryId, BreakKind kind, String problem) {
        firstBreak = new ChainBreak(seq, entryId, kind, problem);
    }
}
