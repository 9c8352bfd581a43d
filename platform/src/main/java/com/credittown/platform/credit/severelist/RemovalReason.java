package com.credittown.platform.credit.severelist;

/** Why a subject left the severe-dishonesty list (移出名单的原因). */
public enum RemovalReason {
    /** 名单期届满: the listed period ended (the nightly publicity expiry ends the entry record). */
    PERIOD_ENDED,
    /** 信用修复: the subject repaired its credit (信用修复) before the period ended. */
    CREDIT_REPAIRED,
    /** 决定撤销: the inclusion decision was revoked (e.g. on objection or review). */
    DECISION_REVOKED
}
