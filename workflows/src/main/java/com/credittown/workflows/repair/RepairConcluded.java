package com.credittown.workflows.repair;

import java.util.List;

/**
 * A credit repair application was concluded (办结): the publicity of the repaired records has ended in the archive;
 * the refused ones stay published.
 *
 * @param onTime whether it concluded by the result deadline (after any extension)
 */
public record RepairConcluded(String tenant, String applicationId, String caseId, String subjectCode,
                              List<Long> repairedRecordIds, List<Long> refusedRecordIds, boolean onTime) {
}
