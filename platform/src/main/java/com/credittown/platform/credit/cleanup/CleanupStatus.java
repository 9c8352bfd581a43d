package com.credittown.platform.credit.cleanup;

/** How an item of the code clean-up report stands. */
public enum CleanupStatus {
    /** 待核实: found, not worked yet (or found again with something new since it was worked). */
    OPEN,
    /** 已核实更正: checked and corrected at the source. */
    CORRECTED,
    /** 确认无误: checked, nothing is wrong (e.g. a renamed firm, two firms with one name). */
    CONFIRMED,
    /** 转数源单位: referred to the source department that issued or reported the code. */
    REFERRED;

    boolean worked() {
        return this != OPEN;
    }
}
