package com.credittown.workflows.district;

/** The periodic rating of a member shop or of a district: 红黄绿. */
public enum Rating {
    /** 绿: no substantiated complaint, no failed inspection in the period (a district: enough green shops). */
    GREEN,
    /** 黄: some substantiated complaints, below the red threshold. */
    YELLOW,
    /** 红: many substantiated complaints or a failed inspection. */
    RED
}
