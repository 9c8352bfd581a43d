package com.credittown.workflows.repair;

/** The deciding department's answer on one listed record. */
public enum ItemOutcome {
    /** Not yet reviewed. */
    PENDING,
    /** 同意修复: the record's publicity ends when the application concludes. */
    APPROVED,
    /** 不同意修复: the record stays in publicity. */
    REFUSED
}
