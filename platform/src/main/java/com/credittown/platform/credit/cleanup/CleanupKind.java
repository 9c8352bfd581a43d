package com.credittown.platform.credit.cleanup;

/** What an item of the code clean-up report is about (plan (二)). */
public enum CleanupKind {
    /** 错码: codes failing GB 32100's format or check character, by reporting tenant and department. */
    WRONG_CODE,
    /** 重码: one valid code reported under a name other than its archive subject's. */
    NAME_CONFLICT,
    /** One normalised name registered under several codes: likely duplicate registrations. */
    LIKELY_DUPLICATE
}
