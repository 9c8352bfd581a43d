package com.credittown.workflows.commitment;

/** The four kinds of credit commitment named in the plan. */
public enum CommitmentType {
    /** 审批替代型（告知承诺）: a permit granted on the commitment. */
    APPROVAL,
    /** 主动公示型 */
    VOLUNTARY,
    /** 行业自律型 */
    INDUSTRY,
    /** 信用修复型 */
    REPAIR;

    static CommitmentType fromFormValue(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
