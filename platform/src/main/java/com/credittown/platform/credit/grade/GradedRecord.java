package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;

/**
 * What the grading needs to know of one record.
 *
 * @param recordId the record's id
 * @param kind     the record's kind
 * @param severity the severity, {@code null} if the record has none
 * @param state    the record's state
 * @param title    the record's title, for the explanation
 */
public record GradedRecord(long recordId, RecordKind kind, Severity severity, RecordState state, String title) {
}
