package com.credittown.workflows.commitment;

/**
 * A subject broke a credit commitment: the credit archive records a dishonesty record with this legal basis,
 * and whatever was granted on the commitment is up for revocation.
 */
public record CommitmentBreached(String tenant, String commitmentId, String caseId, String subjectCode,
                                 String legalBasis, String grantedMatter) {
}
