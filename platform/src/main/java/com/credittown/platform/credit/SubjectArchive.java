package com.credittown.platform.credit;

import com.credittown.platform.credit.grade.Contribution;
import com.credittown.platform.credit.grade.Grade;
import java.util.List;

/**
 * A subject's credit archive (信用档案): the subject, its current grade and score with the records that moved
 * it, and every record with its state and publicity window.
 */
public record SubjectArchive(SubjectView subject, Grade grade, int score, String scoringModel,
                             List<Contribution> explanation, List<RecordView> records) {

    /** How many of the archive's records are dishonesty records (失信记录). */
    public long dishonestyRecords() {
        return records.stream().filter(record -> record.kind() == RecordKind.DISHONESTY).count();
    }
}
