package com.credittown.platform.credit.grade;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;

/**
 * How much one record moved a subject's score, and by which rule of the scoring model.
 *
 * @param recordId the record
 * @param kind     its kind
 * @param severity its severity, {@code null} if none
 * @param title    its title
 * @param points   what it added (positive) or deducted (negative)
 * @param rule     the rule that applied, in words
 */
public record Contribution(long recordId, RecordKind kind, Severity severity, String title, int points,
                           String rule) {
}
