package com.credittown.platform.credit.severelist;

/** Where a proposal for the severe-dishonesty list is. */
public enum ListingStatus {
    /** 拟列入: proposed by the tenant that recorded the subject's severe record(s). */
    PROPOSED,
    /** 已告知: the prior notice is served; the statement-and-defence period (陈述申辩期) runs. */
    NOTICE_SERVED,
    /** 已陈述申辩: the subject's statement is in; the city office decides. */
    STATEMENT_RECEIVED,
    /** 已列入: the city office decided to list the subject; the entry is published. */
    LISTED,
    /** 不予列入: the city office declined. */
    DECLINED,
    /** 已移出: removed from the list (listed period ended, credit repaired, or decision revoked). */
    REMOVED,
    /** 已撤回: the proposing tenant withdrew the proposal before the decision. */
    WITHDRAWN;

    /** Whether the proposal is still open or the subject is on the list (one such entry per subject). */
    boolean active() {
        return this != DECLINED && this != REMOVED && this != WITHDRAWN;
    }
}
