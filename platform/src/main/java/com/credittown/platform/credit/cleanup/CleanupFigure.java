package com.credittown.platform.credit.cleanup;

/**
 * How many items one owner has of one kind in one status, and how often their values were reported.
 *
 * @param ownerTenant the tenant; {@code null} for the city's own items
 */
public record CleanupFigure(String ownerTenant, CleanupKind kind, CleanupStatus status, long items, long occurrences) {
}
