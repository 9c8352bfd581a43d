package com.credittown.workflows.star;

/** Where a nomination (提名) stands in the selection. */
public enum NominationStatus {
    /** 已提名: recorded, the eligibility check runs next. */
    NOMINATED,
    /** 不符合条件: the eligibility check failed; the reasons are recorded. */
    INELIGIBLE,
    /** 镇街审核中 */
    TOWN_REVIEW,
    /** 镇街审核不通过 */
    REJECTED_BY_TOWN,
    /** 公示中: anyone may file an objection (异议). */
    IN_PUBLICITY,
    /** 公示期满，异议待答复: the period has ended but an objection is still unanswered. */
    OBJECTIONS_PENDING,
    /** 异议成立，撤销提名 */
    WITHDRAWN,
    /** 市信用办确认中 */
    CITY_REVIEW,
    /** 市信用办不予确认 */
    REFUSED_BY_CITY,
    /** 已授予诚信之星 */
    AWARDED
}
