package com.credittown.platform.notification;

/** Why a notification was written. */
public enum NotificationKind {
    TASK_ASSIGNED,
    DEADLINE_NEAR,
    DEADLINE_PASSED,
    /** A copy-to step of a designed process passed: for information, nothing to do. */
    COPIED
}
