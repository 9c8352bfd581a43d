package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.SubjectCodeReported;
import java.util.List;

/** The one form of an import row's wrong code (错码) as the code clean-up hears it, live or for an earlier import. */
final class WrongCodeReport {

    private WrongCodeReport() {
    }

    /** The report of a row rejected for its subject_code, with the department and name the row gives. */
    static SubjectCodeReported of(String tenant, long jobId, List<String> headerNames, RowProblem problem,
                                  String actor) {
        return new SubjectCodeReported(SubjectCodeReported.Problem.WRONG_CODE, SubjectCodeReported.Source.IMPORT,
                tenant, problem.valueOf(headerNames, ImportColumn.DEPARTMENT),
                problem.valueOf(headerNames, ImportColumn.SUBJECT_CODE), problem.message(),
                problem.valueOf(headerNames, ImportColumn.SUBJECT_NAME), null, null,
                "import " + jobId + " row " + problem.row(), actor, false);
    }
}
