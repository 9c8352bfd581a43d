package com.credittown.workflows.governance;

/** How far the entity's rectification (纠正失信行为、履行相关义务) has come, as the town's follow-up records it. */
public enum Rectification {
    /** 未整改. */
    NOT_STARTED,
    /** 整改中. */
    IN_PROGRESS,
    /** 已整改. */
    COMPLETED
}
