package com.credittown.platform.audit;

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
