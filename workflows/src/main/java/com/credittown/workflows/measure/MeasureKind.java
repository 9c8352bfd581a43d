package com.credittown.workflows.measure;

/** Whether a credit measure rewards trustworthiness or punishes dishonesty. */
public enum MeasureKind {
    /** 守信激励 (信用+): for subjects graded well or honoured. */
    INCENTIVE,
    /** 失信惩戒: for subjects graded poorly. */
    PENALTY
}
