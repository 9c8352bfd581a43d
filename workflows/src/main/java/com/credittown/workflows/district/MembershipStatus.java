package com.credittown.workflows.district;

/** Where an application to join a district stands. */
public enum MembershipStatus {
    /** 已申请: the subject signs the district's commitment next. */
    APPLIED,
    /** 不予受理: already a member, or removed less than the waiting period ago. */
    REFUSED,
    /** 已签署承诺: the credit check runs next. */
    SIGNED,
    /** 信用审查未通过: an unrepaired dishonesty record or grade D. */
    CREDIT_REFUSED,
    /** 现场核查中 */
    INSPECTION,
    /** 核查不合格 */
    REJECTED,
    /** 已入驻 */
    ADMITTED
}
