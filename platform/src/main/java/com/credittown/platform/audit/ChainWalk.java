package com.credittown.platform.audit;

import com.credittown.platform.audit.ChainStatus.ChainBreak;
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
        if (!chain.equals(ChainedEntry.chainOf(entry.tenant()))) {
            broken(entry.seq(), entry.id(), "entry " + entry.id() + " belongs to "
                    + (entry.tenant() == null ? "the city level" : "tenant " + entry.tenant()) + ", not to this chain");
        } else if (entry.seq() > expectedSeq) {
            broken(expectedSeq, entry.id(), "the entry at position " + expectedSeq + " is missing (deleted): the next"
                    + " entry found is at position " + entry.seq() + " (id " + entry.id() + ")");
        } else if (entry.seq() < expectedSeq) {
            broken(entry.seq(), entry.id(), "entry " + entry.id() + " repeats position " + entry.seq());
        } else if (!previousHash.equals(entry.previousHash())) {
            broken(entry.seq(), entry.id(), "entry " + entry.id() + " at position " + entry.seq() + " does not link to"
                    + " the entry before it (inserted, or the entry before it was replaced)");
        } else if (!entry.computedHash().equals(entry.hash())) {
            broken(entry.seq(), entry.id(), "the content of entry " + entry.id() + " at position " + entry.seq()
                    + " does not match its SM3 hash (edited)");
        }
        expectedSeq = entry.seq() + 1;
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
                broken(1, null, "the chain has entries but no head row (its entries were written outside the audit"
                        + " log, or the head was deleted)");
            }
            return;
        }
        if (head.get().seq() > last) {
            broken(last + 1, null, "the head records " + head.get().seq() + " entries, but the chain ends at position "
                    + last + ": the entries after it are missing (deleted)");
        } else if (head.get().seq() < last) {
            broken(head.get().seq() + 1, null, "the chain runs past its head (position " + head.get().seq()
                    + "): the entries after it were added outside the audit log");
        } else if (!head.get().hash().equals(previousHash)) {
            broken(last, null, "the last entry's hash does not match the head's (the end of the chain was replaced)");
        }
    }

    long entries() {
        return entries;
    }

    Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(firstBreak);
    }

    private void broken(long seq, Long entryId, String problem) {
        firstBreak = new ChainBreak(seq, entryId, problem);
    }
}
