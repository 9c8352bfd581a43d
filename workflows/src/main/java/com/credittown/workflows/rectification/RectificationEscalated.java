package com.credittown.workflows.rectification;

import java.time.LocalDate;

/** A government-dishonesty case went one level up the ladder (催办 → 约谈 → 报告市信用办 → 问责). */
public record RectificationEscalated(String tenant, String rectificationCaseId, String caseId, String subjectCode,
                                     EscalationLevel level, EscalationReason reason, LocalDate due) {
}
