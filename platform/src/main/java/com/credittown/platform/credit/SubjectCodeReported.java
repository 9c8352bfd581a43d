package com.credittown.platform.credit;

/**
 * A unified social credit code was reported that the archive cannot take as it is (重错码, plan (二)): a code failing
 * GB 32100's format or check character ({@link Problem#WRONG_CODE}), or a valid code reported under a name that differs
 * from its archive subject's ({@link Problem#NAME_CONFLICT}). Published by the registration and the 双公示 import in
 * their transaction; {@code refused} when the reporter's transaction is about to roll back (a refused registration),
 * so the report is kept on its own.
 *
 * @param tenant       the reporting tenant
 * @param department   the reporting department as the source names it; {@code null} for a registration
 * @param code         the code as reported (a wrong one as typed, at most 100 characters kept)
 * @param reason       why the code is wrong (the GB 32100 check's message), or what differs
 * @param reportedName the subject's name as reported
 * @param subjectId    the archive subject holding the code ({@code NAME_CONFLICT} only)
 * @param archiveName  the archive subject's name ({@code NAME_CONFLICT} only)
 * @param reference    where it was reported: "import 12 row 5", "registration"
 */
public record SubjectCodeReported(Problem problem, Source source, String tenant, String department, String code,
                                  String reason, String reportedName, Long subjectId, String archiveName,
                                  String reference, String actor, boolean refused) {

    /** What is wrong with the reported code. */
    public enum Problem { WRONG_CODE, NAME_CONFLICT }

    /** Who reported it. */
    public enum Source { REGISTRATION, IMPORT }
}
