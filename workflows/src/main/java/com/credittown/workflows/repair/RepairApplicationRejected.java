package com.credittown.workflows.repair;

/** The single window rejected a credit repair application (不予受理); the subject is to be told the reasons. */
public record RepairApplicationRejected(String tenant, String applicationId, String caseId, String subjectCode,
                                        String reasons) {
}
