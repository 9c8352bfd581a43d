package com.credittown.workflows.settings;

import java.time.Instant;

/**
 * A version of a tenant's settings: the change that made it.
 *
 * @param section departments, reviewers, districts or contact
 */
public record SettingsChange(int version, String section, String change, String changedBy, Instant changedAt) {
}
