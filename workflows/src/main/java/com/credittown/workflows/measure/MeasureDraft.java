package com.credittown.workflows.measure;

import com.credittown.platform.credit.grade.Grade;
import java.util.Set;

/**
 * What the city office writes for a measure.
 *
 * @param legalBasis     the basis in the citation format (docs/citations.md): the plan quoted verbatim or cited bare,
 *                       a national rule by its point, the city's own choices as 市信用办设置
 * @param grades         the grades that qualify a subject (an incentive: e.g. A; a penalty: e.g. C and D)
 * @param honoursQualify an incentive only: an honour in effect also qualifies a subject graded A or B
 */
public record MeasureDraft(MeasureKind kind, String name, String content, String legalBasis, Set<Grade> grades,
                           boolean honoursQualify) {
}
