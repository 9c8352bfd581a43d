package com.credittown.platform.credit;

/** What a credit record (信用记录) in a subject's archive says. */
public enum RecordKind {
    /** 行政许可. */
    LICENCE,
    /** 行政处罚. */
    PENALTY,
    /** 行政强制. */
    COERCION,
    /** 行政确认. */
    CONFIRMATION,
    /** 行政裁决. */
    ADJUDICATION,
    /** 行政奖励. */
    REWARD,
    /** 监督检查. */
    INSPECTION,
    /** 信用承诺. */
    COMMITMENT,
    /** 荣誉 (e.g. integrity star). */
    HONOUR,
    /** 失信记录: always with a severity and a legal basis. */
    DISHONESTY,
    /**
     * 列入严重失信主体名单: written only by the city office's inclusion decision ({@code credit.severelist}), never
     * entered by hand; its publicity is the listed period and it ends by removal from the list.
     */
    SEVERE_LIST
}
