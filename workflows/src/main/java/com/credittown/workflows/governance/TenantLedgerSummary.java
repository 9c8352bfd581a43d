package com.credittown.workflows.governance;

/**
 * One tenant's ledger in the city office's overview.
 *
 * @param inLedger     entities on the ledger now
 * @param exited       entities that left it
 * @param interviewed  entities on the ledger with at least one interview
 * @param warningDue   entities for which the city's setting asks a warning interview now
 * @param rectified    entities on the ledger whose rectification the follow-up recorded as completed
 */
public record TenantLedgerSummary(String tenant, String tenantName, long inLedger, long exited, long interviewed,
                                  long warningDue, long rectified) {
}
