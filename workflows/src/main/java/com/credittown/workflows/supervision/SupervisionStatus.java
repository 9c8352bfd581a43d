package com.credittown.workflows.supervision;

/** Where a notice stands for the city office, computed on every read from its deadline and its handling. */
public enum SupervisionStatus {
    /** 已发送: in the tenant's inbox, not yet due. */
    SENT,
    /** 逾期未办: still open after its deadline. */
    OPEN_OVERDUE,
    /** 按期办结: the handling report came by the deadline. */
    HANDLED_ON_TIME,
    /** 逾期办结: the handling report came after the deadline. */
    HANDLED_LATE
}
