package com.credittown.platform.credit.objection;

/** Where an objection is: examined by the record's owner, then upheld or rejected. */
public enum ObjectionStatus {
    /** 异议处理中: the record's owner examines it. */
    EXAMINING,
    /** 异议成立: the record was revoked or corrected, or the repair granted. */
    UPHELD,
    /** 异议不成立: rejected with reasons; the record stands. */
    REJECTED
}
