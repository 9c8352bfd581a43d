package com.credittown.platform.credit;

/** Why a record's publicity ended. */
public enum PublicityEndReason {
    /** 信用修复: the subject repaired its credit after the minimum period. */
    REPAIRED,
    /** The maximum publicity period was reached. */
    MAXIMUM_REACHED,
    /**
     * 政务失信整改: a government body or public institution rectified the dishonesty and the case was closed; the
     * record is removed from publicity without waiting for the minimum period (plan section (十二)).
     */
    RECTIFIED,
    /** 移出严重失信主体名单: the city office removed the subject from the severe-dishonesty list. */
    REMOVED_FROM_LIST,
    /**
     * 异议申诉成立: the recording authority upheld an objection against the record and revoked it (or replaced it by a
     * corrected record).
     */
    REVOKED_ON_OBJECTION,
    /**
     * 更正: the city office corrected a severe-dishonesty list entry on its own motion; a corrected list record
     * replaces this one (a record is never changed in place).
     */
    CORRECTED
}
