package com.credittown.platform.workflow;

/**
 * The current tenant's latest published version of a process, as the engine keeps it.
 *
 * @param definitionId the engine's id of the version ({@code key:version:uuid}); a version never changes
 * @param key          the process key, e.g. {@code credit-repair}
 * @param name         the process's name in its BPMN, if any
 * @param version      the version number, counted per tenant and key from 1
 * @param tenant       the tenant the version is deployed for
 */
public record ProcessVersion(String definitionId, String key, String name, int version, String tenant) {
}
