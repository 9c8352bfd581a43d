package com.credittown.workflows.repair;

/** Where a credit repair application stands. */
public enum RepairStatus {
    /** 已申请: registered, awaiting the single window's decision. */
    APPLIED,
    /** 不予受理: rejected at the single window; the case has ended. */
    REJECTED,
    /** 已受理: the deciding departments are reviewing the listed records. */
    ACCEPTED,
    /** 已办结: every item reviewed; approved records' publicity has ended. */
    CONCLUDED
}
