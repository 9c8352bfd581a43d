package com.credittown.workflows.commitment;

/** How a commitment came to be found breached. */
public enum BreachReason {
    /** 核查认定: found at verification (a false commitment 虚假承诺; before the order to rectify existed, any breach). */
    AT_VERIFICATION,
    /** 逾期未整改: the order's deadline passed with no rectification submitted. */
    NOT_RECTIFIED_IN_TIME,
    /** 整改未通过: the rectification submitted was rejected. */
    RECTIFICATION_REJECTED
}
