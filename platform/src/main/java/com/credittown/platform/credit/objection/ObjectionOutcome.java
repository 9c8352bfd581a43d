package com.credittown.platform.credit.objection;

/** What the record's owner did. */
public enum ObjectionOutcome {
    /** Upheld: the record was revoked (its publicity ended, REVOKED_ON_OBJECTION). */
    REVOKED,
    /** Upheld: the record was replaced by a corrected record. */
    CORRECTED,
    /** Upheld on a repair result: the record's publicity ended by repair. */
    REPAIRED,
    /** Rejected with reasons: the record stands. */
    REJECTED
}
