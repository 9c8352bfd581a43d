package com.credittown.platform.credit;

/** Why a record's publicity ended. */
public enum PublicityEndReason {
    /** 信用修复: the subject repaired its credit after the minimum period. */
    REPAIRED,
    /** The maximum publicity period was reached. */
    MAXIMUM_REACHED
}
