package com.credittown.platform.credit;

/** The names under which the credit archive writes its audit entries. */
final class CreditAudit {

    static final String SUBJECT = "credit-subject";
    static final String RECORD = "credit-record";

    static final String SUBJECT_REGISTERED = "CREDIT_SUBJECT_REGISTERED";
    static final String READER_ADDED = "CREDIT_SUBJECT_READER_ADDED";
    static final String GRADE_CHANGED = "CREDIT_GRADE_CHANGED";
    static final String RECORD_PUBLISHED = "CREDIT_RECORD_PUBLISHED";
    static final String PUBLICITY_ENDED = "CREDIT_PUBLICITY_ENDED";
    static final String PUBLICITY_END_SCHEDULED = "CREDIT_PUBLICITY_END_SCHEDULED";
    static final String RECORD_ARCHIVED = "CREDIT_RECORD_ARCHIVED";

    private CreditAudit() {
    }
}
