package com.credittown.platform.notification;

/** Why a notification was written. */
public enum NotificationKind {
    TASK_ASSIGNED,
    DEADLINE_NEAR,
    DEADLINE_PASSED,
    /** A copy-to step of a designed process passed: for information, nothing to do. */
    COPIED,
    /** A key task (重点任务) assigned by the city office reached its reminder day and is not done. */
    KEY_TASK_REMINDER
}
