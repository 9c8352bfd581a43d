package com.credittown.workflows.keytask;

import java.time.LocalDate;

/** A tenant's copy of a key task as the ledger shows it: the reported state, or OVERDUE once the deadline passed. */
public enum KeyTaskStatus {
    NOT_STARTED("未开始"),
    IN_PROGRESS("推进中"),
    DONE("已完成"),
    /** 已逾期: not done, and the deadline (the last day on time) has passed. */
    OVERDUE("已逾期");

    private final String labelZh;

    KeyTaskStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    static KeyTaskStatus of(KeyTaskState state, LocalDate deadline, LocalDate today) {
        if (state == KeyTaskState.DONE) {
            return DONE;
        }
        if (today.isAfter(deadline)) {
            return OVERDUE;
        }
        return state == KeyTaskState.IN_PROGRESS ? IN_PROGRESS : NOT_STARTED;
    }
}
