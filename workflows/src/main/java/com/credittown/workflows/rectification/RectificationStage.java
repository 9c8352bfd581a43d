package com.credittown.workflows.rectification;

/** What a rectification case waits for. */
public enum RectificationStage {
    /** 整改方案: the responsible unit's rectification plan, due within the plan period. */
    PLAN,
    /** 整改落实: evidence of the rectification, due within the rectification period or the current level's. */
    RECTIFICATION,
    /** 核查: the officer verifies the evidence. */
    VERIFICATION,
    /** 已销号: rectified, verified and closed. */
    CLOSED
}
