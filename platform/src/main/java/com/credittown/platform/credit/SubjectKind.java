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
     * 社会组织: a social group, private non-enterprise unit or foundation registered with civil affairs (民政), whose
     * unified social credit code has registration authority 5 (plan section (九)). A charity (慈善组织) is a social
     * organisation carrying the tag {@link #CHARITY_TAG}.
     */
    SOCIAL_ORGANISATION,
    /**
     * 自然人: identified by the resident identity card number; the number and the name are stored encrypted (SM4)
     * and shown masked except to authorised readers, whose every read is logged (see {@code credit.person}).
     */
    NATURAL_PERSON;

    /** The tag that marks a social organisation as a charity (慈善组织); only a social organisation carries it. */
    public static final String CHARITY_TAG = "慈善组织";

    /** The registration authority (USCC position 1) of civil affairs (民政), which registers social organisations. */
    public static final char CIVIL_AFFAIRS = '5';

    /**
     * The kind of an organisation registered from its code alone (an imported 双公示 row, a commitment, a district
     * application): a social organisation when civil affairs issued the code, otherwise a market entity.
     */
    public static SubjectKind organisationWithCode(String code) {
        return code != null && !code.isBlank() && code.strip().charAt(0) == CIVIL_AFFAIRS
                ? SOCIAL_ORGANISATION : MARKET_ENTITY;
    }
}
