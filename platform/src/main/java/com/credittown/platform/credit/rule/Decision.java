package com.credittown.platform.credit.rule;

/** The decisions that read a subject's whole credit archive. */
public enum Decision {
    /** 诚信之星 eligibility of a nominated subject. */
    STAR_NOMINATION,
    /** Admission of a shop to an honest business district (诚信商圈、街区、市场). */
    DISTRICT_ADMISSION,
    /** Whether a subject may use the commitment route (信用承诺 / 告知承诺). */
    COMMITMENT,
    /** Whether a credit report may replace the no-violation certificate (信用报告代替无违法违规证明). */
    REPORT_CERTIFICATE,
    /** Whether one record listed in a credit-repair application (信用修复) may be repaired by this tenant. */
    REPAIR_RECORD
}
