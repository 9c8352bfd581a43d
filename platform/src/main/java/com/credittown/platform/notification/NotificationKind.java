package com.credittown.platform.notification;

/** Why a notification was written. */
public enum NotificationKind {
    TASK_ASSIGNED,
    DEADLINE_NEAR,
    DEADLINE_PASSED
}
