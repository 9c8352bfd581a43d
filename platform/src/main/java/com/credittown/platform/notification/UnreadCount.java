package com.credittown.platform.notification;

/** The number on the bell: the caller's unread notifications ({@link NotificationController}). */
record UnreadCount(long unread) {
}
