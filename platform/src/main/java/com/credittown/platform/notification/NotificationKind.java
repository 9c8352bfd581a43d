package com.credittown.platform.notification;

/** Why a notification was written. */
public enum NotificationKind {
    TASK_ASSIGNED,
    DEADLINE_NEAR,
    DEADLINE_PASSED,
    /** A copy-to step of a designed process passed: for information, nothing to do. */
    COPIED,
    /** A key task (重点任务) assigned by the city office reached its reminder day and is not done. */
    KEY_TASK_REMINDER,
    /** An order to rectify within a deadline (责令限期整改) served on a credit subject: addressed to the subject. */
    ORDER_TO_RECTIFY,
    /**
     * The outcome of a subject's matter (a repair application not accepted or concluded, a commitment breached, an
     * integrity star awarded): addressed to the subject, for information.
     */
    CASE_OUTCOME
}
