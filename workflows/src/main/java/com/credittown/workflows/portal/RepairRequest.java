package com.credittown.workflows.portal;

import java.util.List;

/**
 * A merchant's credit repair application: which of its own records, and its declarations.
 *
 * @param recordIds              ids of the merchant's own repairable records
 * @param obligationsFulfilled   the legal obligations are fulfilled
 * @param repairCommitmentSigned a credit-repair commitment is signed
 * @param commitmentReference    optional reference of that commitment
 * @param statement              optional statement
 */
public record RepairRequest(List<Long> recordIds, boolean obligationsFulfilled, boolean repairCommitmentSigned,
                            String commitmentReference, String statement) {
}
