package com.credittown.workflows.commitment;

/** Where a commitment stands in its lifecycle. */
public enum CommitmentStatus {
    /** 已告知: the agency has notified the subject in writing. */
    NOTIFIED,
    /** 不适用: the subject may not use the commitment route. */
    REFUSED,
    /** 已公示: signed and published, awaiting verification. */
    PUBLISHED,
    /**
     * 责令限期整改: found unfulfilled; ordered to rectify within a deadline before any breach is found
     * (国办发〔2020〕42号).
     */
    ORDERED_TO_RECTIFY,
    /** 已整改: rectified within the deadline and accepted; closed without a dishonesty record. */
    RECTIFIED,
    /** 已践诺 */
    HONOURED,
    /** 已违诺 */
    BREACHED
}
