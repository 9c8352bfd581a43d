package com.credittown.platform.identity;

/** One entry of the security log ({@link AccessEvents}). */
public record AccessEvent(java.time.Instant occurredAt, AccessKind kind, String username, String tenant,
                          String detail) {
}
