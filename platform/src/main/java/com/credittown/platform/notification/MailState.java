package com.credittown.platform.notification;

/** Where a notification's e-mail stands. */
public enum MailState {
    /** Addressed to a candidate group: groups get no e-mail. */
    NOT_MAILED,
    /** To be sent: first after the writing transaction commits, then by the retry job when due. */
    PENDING,
    SENT,
    /** The user has no e-mail address: in-app only, never tried again. */
    NO_ADDRESS,
    /** Dead letter: every allowed attempt failed; the last error is kept for an operator. */
    DEAD
}
