package com.credittown.platform.notification;

import com.credittown.platform.tenancy.TenantId;

/** Published inside the transaction that wrote a notification to a named user; mailed after it commits. */
record NotificationCreated(TenantId tenant, long notificationId) {
}
