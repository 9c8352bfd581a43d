/**
 * The credit archive (信用档案, plan section (三)): credit subjects identified by their unified social credit code,
 * the credit records in each subject's archive with their publicity windows and states, and the subject's grade
 * (see {@code credit.grade}). Public API: {@link com.credittown.platform.credit.CreditSubjectRegistry},
 * {@link com.credittown.platform.credit.CreditArchive}, {@link com.credittown.platform.credit.CreditPublicity},
 * their views and the events {@link com.credittown.platform.credit.CreditRecordChanged} and
 * {@link com.credittown.platform.credit.SubjectGradeChanged}.
 */
package com.credittown.platform.credit;
