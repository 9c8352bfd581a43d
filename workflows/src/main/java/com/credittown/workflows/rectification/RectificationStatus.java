package com.credittown.workflows.rectification;

/** Whether a rectification case is still open, as the city's ledger counts it. */
public enum RectificationStatus {
    OPEN,
    /** 销号: rectified, verified, and the dishonesty record removed from publicity. */
    CLOSED
}
