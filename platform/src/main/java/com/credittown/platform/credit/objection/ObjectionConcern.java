package com.credittown.platform.credit.objection;

/** What an objection disputes. */
public enum ObjectionConcern {
    /** The record itself (失信记录): wrong, or not the subject's. */
    RECORD,
    /** A repair result (修复结果): the repair of the record was refused or not given. */
    REPAIR_RESULT
}
