package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.tenancy.TenantId;

/** A subject's credit grade changed (published in the transaction that changed it). */
public record SubjectGradeChanged(TenantId tenant, long subjectId, Grade from, Grade to) {
}
