package com.credittown.workflows.district;

/** Whether a shop is a member of its district. */
public enum ShopStatus {
    /** 入驻: listed, with its QR code. */
    MEMBER,
    /** 已移出: removed for a broken commitment; the subject may reapply after the waiting period. */
    REMOVED
}
