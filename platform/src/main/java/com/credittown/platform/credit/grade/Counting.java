package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordState;

/** When a record counts under a scoring rule or a grade cap ({@link ScoringModel}). */
public enum Counting {
    /** While it is published (in publicity). */
    IN_PUBLICITY,
    /** While it is published or its publicity has ended, not once archived. */
    UNTIL_ARCHIVED;

    boolean includes(RecordState state) {
        return this == IN_PUBLICITY ? state == RecordState.PUBLISHED : state != RecordState.ARCHIVED;
    }
}
