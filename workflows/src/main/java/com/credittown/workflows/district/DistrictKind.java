package com.credittown.workflows.district;

/** The three kinds of honest business district named in the plan (二十五). */
public enum DistrictKind {
    /** 诚信商圈 (e.g. 国贸中心, 汇一城) */
    MALL,
    /** 诚信街区 (e.g. 石龙中山路) */
    STREET,
    /** 诚信市场 (e.g. 万江茶叶批发市场) */
    MARKET
}
