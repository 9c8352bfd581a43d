package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.time.LocalDate;

/**
 * A drawn subject as the plan shows it.
 *
 * @param grade    the subject's grade in the city-wide archive when the plan was drawn
 * @param recordId the archive's 监督检查 record of the result, once recorded
 */
public record InspectionItemView(long id, long planId, int drawOrder, long subjectId, String subjectCode,
                                 String subjectName, Grade grade, String inspector, InspectionResult result,
                                 String resultName, LocalDate inspectedOn, String resultSummary, Long recordId,
                                 String recordedBy) {
}
