package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Grade;

/** A subject's credit grade changed (published in the transaction that changed it). */
public record SubjectGradeChanged(long subjectId, Grade from, Grade to) {
}
