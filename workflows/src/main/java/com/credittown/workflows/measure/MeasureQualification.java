package com.credittown.workflows.measure;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.grade.Grade;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a subject qualifies for a measure, read from its city-wide archive: its grade is one of the measure's, or,
 * for an incentive that admits honours, it holds an honour in effect (in publicity) and is graded A or B (an honour does
 * not open incentives to a subject graded C or D). The city's setting; the plan names incentives for trustworthy
 * subjects (守信主体) and penalties for dishonest ones, not these thresholds.
 *
 * @param reason what qualified the subject, or why it does not qualify (in Chinese, shown to the officer)
 */
public record MeasureQualification(boolean qualifies, String reason) {

    private static final Set<Grade> HONOURED_GRADES = Set.of(Grade.A, Grade.B);

    static MeasureQualification of(CreditMeasure measure, SubjectArchive archive) {
        Grade grade = archive.grade();
        if (measure.qualifyingGrades().contains(grade)) {
            return new MeasureQualification(true, "信用等级 " + grade);
        }
        if (measure.kind() == MeasureKind.INCENTIVE && measure.honoursQualify() && HONOURED_GRADES.contains(grade)) {
            Optional<RecordView> honour = archive.records().stream()
                    .filter(r -> r.kind() == RecordKind.HONOUR && r.state() == RecordState.PUBLISHED).findFirst();
            if (honour.isPresent()) {
                return new MeasureQualification(true, "信用等级 " + grade + "，荣誉：" + honour.get().title());
            }
        }
        String grades = measure.qualifyingGrades().stream().map(Grade::name).sorted().collect(Collectors.joining("、"));
        return new MeasureQualification(false, "该主体信用等级为 " + grade + "，本措施适用于信用等级为 " + grades + " 的主体"
                + (measure.kind() == MeasureKind.INCENTIVE && measure.honoursQualify()
                        ? "或信用等级为 A、B 且有有效荣誉的主体" : ""));
    }
}
