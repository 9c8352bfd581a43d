package com.credittown.workflows.keytask;

/** What a tenant reports about its copy of a key task; OVERDUE is never reported, it is computed. */
public enum KeyTaskState {
    /** 未开始 */
    NOT_STARTED,
    /** 推进中 */
    IN_PROGRESS,
    /** 已完成 */
    DONE
}
