package com.credittown.workflows.supervision;

/** What the city office sends a tenant (通报、督导、约谈提醒 in the plan). */
public enum SupervisionKind {
    /** 通知 */
    NOTICE("通知"),
    /** 督办 */
    SUPERVISION("督办"),
    /** 约谈提醒 */
    INTERVIEW_REMINDER("约谈提醒");

    private final String labelZh;

    SupervisionKind(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
