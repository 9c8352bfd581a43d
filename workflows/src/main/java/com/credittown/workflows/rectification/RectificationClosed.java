package com.credittown.workflows.rectification;

/** A government-dishonesty case was verified rectified and closed (销号); its record left publicity. */
public record RectificationClosed(String tenant, String rectificationCaseId, String caseId, String subjectCode,
                                  long recordId, boolean overdue) {
}
