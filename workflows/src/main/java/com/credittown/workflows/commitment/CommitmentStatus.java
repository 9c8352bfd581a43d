package com.credittown.workflows.commitment;

/** Where a commitment stands in its lifecycle. */
public enum CommitmentStatus {
    /** 已告知: the agency has notified the subject in writing. */
    NOTIFIED,
    /** 不适用: the subject may not use the commitment route. */
    REFUSED,
    /** 已公示: signed and published, awaiting verification. */
    PUBLISHED,
    /** 已践诺 */
    HONOURED,
    /** 已违诺 */
    BREACHED
}
