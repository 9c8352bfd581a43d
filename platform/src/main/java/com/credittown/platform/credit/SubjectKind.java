package com.credittown.platform.credit;

/** What kind of credit subject (信用主体) an archive belongs to. */
public enum SubjectKind {
    /** 经营主体: a company, individual business or co-operative. */
    MARKET_ENTITY,
    /** 政府机构: a party or government body (government integrity, plan section (十二)). */
    GOVERNMENT_BODY,
    /** 事业单位: a public institution. */
    PUBLIC_INSTITUTION,
    /**
     * 自然人: identified by the resident identity card number; the number and the name are stored encrypted (SM4)
     * and shown masked except to authorised readers, whose every read is logged (see {@code credit.person}).
     */
    NATURAL_PERSON
}
