package com.credittown.workflows.commitment;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectArchive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether a subject may use the commitment route: not with an unrepaired severe dishonesty record, and
 * not after an earlier false commitment (brief, process 1).
 */
@Component("commitmentEligibilityRules")
class CommitmentEligibility {

    static final String FALSE_STATEMENT = "false-statement";

    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;
    private final Commitments commitments;

    CommitmentEligibility(CreditSubjectRegistry subjects, CreditArchive archive, Commitments commitments) {
        this.subjects = subjects;
        this.archive = archive;
        this.commitments = commitments;
    }

    /**
     * The reasons the subject may not commit; empty when it may. A repair-type commitment is part of
     * repairing those very records, so the severe-record rule does not apply to it.
     */
    List<String> reasonsAgainst(String subjectCode, CommitmentType type) {
        List<String> reasons = new ArrayList<>();
        if (type != CommitmentType.REPAIR) {
            subjects.byCode(subjectCode).map(subject -> archive.archiveOf(subject.id())).ifPresent(found ->
                    severeUnrepaired(found).ifPresent(title -> reasons.add("有未修复的严重失信记录：" + title)));
        }
        if (commitments.existsBySubjectCodeAndBreachKind(subjectCode, FALSE_STATEMENT)) {
            reasons.add("曾作出虚假承诺");
        }
        return reasons;
    }

    private static Optional<String> severeUnrepaired(SubjectArchive archive) {
        return archive.records().stream()
                .filter(record -> record.kind() == RecordKind.DISHONESTY && record.severity() == Severity.SEVERE
                        && record.state() == RecordState.PUBLISHED)
                .map(record -> record.title()).findFirst();
    }
}
