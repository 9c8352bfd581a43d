package com.credittown.workflows.district;

/** What happened to a member shop during supervision. */
public enum ShopEventKind {
    /** 投诉: result SUBSTANTIATED or UNSUBSTANTIATED. */
    COMPLAINT,
    /** 检查: result PASSED or FAILED. */
    INSPECTION
}
