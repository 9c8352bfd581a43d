package com.credittown.workflows.rectification;

/** Why a rectification case went one level up. */
public enum EscalationReason {
    /** The deadline of the current stage passed without the plan or the evidence. */
    DEADLINE_PASSED,
    /** The officer found the evidence did not show the dishonesty rectified. */
    VERIFICATION_FAILED
}
