package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.Severity;
import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccCheck;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the rows of one file, in order: every problem of a row is named with its column; a row repeating an
 * earlier row's kind, decision number and subject code is reported as a duplicate of it. Not thread-safe: one
 * validator per file.
 */
final class PublicationRowValidator {

    static final int MAX_DECISION_NUMBER = 100;
    static final int MAX_SUBJECT_NAME = 200;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_TITLE = 200;
    static final int MAX_LEGAL_BASIS = 500;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ImportHeader header;
    private final LocalDate today;
    private final Map<PublicationRow.EntryKey, Long> firstRowOfKey = new HashMap<>();

    PublicationRowValidator(ImportHeader header, LocalDate today) {
        this.header = header;
        this.today = today;
    }

    /** The valid row, or its problems added to {@code problems}. */
    Optional<PublicationRow> validate(CsvRecord record, List<RowProblem> problems) {
        RowChecks checks = new RowChecks(record, problems);
        if (record.fields().size() != header.width()) {
            checks.problem("", "the row has " + record.fields().size() + " field(s) but the header has "
                    + header.width());
            return Optional.empty();
        }
        List<String> fields = record.fields();
        PublicationKind kind = null;
        String kindText = header.value(fields, ImportColumn.KIND).strip();
        if (kindText.isEmpty()) {
            checks.problem(ImportColumn.KIND, "is required: LICENCE or PENALTY (许可 or 处罚)");
        } else {
            kind = PublicationKind.parse(kindText).orElse(null);
            if (kind == null) {
                checks.problem(ImportColumn.KIND, "'" + kindText + "' is not a kind: LICENCE or PENALTY (许可 or 处罚)");
            }
        }
        String decisionNumber = checks.text(ImportColumn.DECISION_NUMBER, true, MAX_DECISION_NUMBER);
        Uscc code = null;
        String codeText = header.value(fields, ImportColumn.SUBJECT_CODE);
        UsccCheck check = Uscc.check(codeText);
        if (check.isValid()) {
            code = check.orElseThrow();
        } else {
            checks.problem(ImportColumn.SUBJECT_CODE, check.message().orElseThrow());
        }
        String subjectName = checks.text(ImportColumn.SUBJECT_NAME, true, MAX_SUBJECT_NAME);
        String department = checks.text(ImportColumn.DEPARTMENT, true, MAX_DEPARTMENT);
        LocalDate decided = checks.date(ImportColumn.DECISION_DATE);
        LocalDate published = checks.date(ImportColumn.PUBLICATION_DATE);
        if (decided != null && decided.isAfter(today)) {
            checks.problem(ImportColumn.DECISION_DATE, "decision date " + decided + " is in the future (today is "
                    + today + ")");
        }
        if (published != null && published.isAfter(today)) {
            checks.problem(ImportColumn.PUBLICATION_DATE, "publication date " + published
                    + " is in the future (today is " + today + ")");
        }
        if (decided != null && published != null && published.isBefore(decided)) {
            checks.problem(ImportColumn.PUBLICATION_DATE, "publication date " + published
                    + " is before the decision date " + decided);
        }
        String title = checks.text(ImportColumn.TITLE, true, MAX_TITLE);
        String legalBasis = checks.text(ImportColumn.LEGAL_BASIS, kind == PublicationKind.PENALTY, MAX_LEGAL_BASIS);
        Severity severity = checks.severity(kind);

        if (kind != null && decisionNumber != null && code != null) {
            PublicationRow.EntryKey key = new PublicationRow.EntryKey(kind, decisionNumber, code.value());
            Long earlier = firstRowOfKey.putIfAbsent(key, record.row());
            if (earlier != null) {
                checks.problem("", "duplicates row " + earlier + " (same kind, decision_number and subject_code)");
            }
        }
        if (checks.failed()) {
            return Optional.empty();
        }
        return Optional.of(new PublicationRow(record.row(), record.line(), kind, decisionNumber, code, subjectName,
                department, decided, published, title, legalBasis, severity, record.fields()));
    }

    /** The checks of one row, collecting its problems. */
    private final class RowChecks {

        private final CsvRecord record;
        private final List<RowProblem> problems;
        private final int before;

        RowChecks(CsvRecord record, List<RowProblem> problems) {
            this.record = record;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean failed() {
            return problems.size() > before;
        }

        void problem(ImportColumn column, String message) {
            problem(column.header(), message);
        }

        void problem(String column, String message) {
            problems.add(new RowProblem(record.row(), record.line(), column, message, record.fields()));
        }

        /** The stripped text, null if blank (a problem if required) or too long. */
        String text(ImportColumn column, boolean required, int max) {
            String value = header.value(record.fields(), column).strip();
            if (value.isEmpty()) {
                if (required) {
                    problem(column, column == ImportColumn.LEGAL_BASIS
                            ? "is required for a penalty (行政处罚的依据)" : "is required");
                }
                return null;
            }
            if (value.length() > max) {
                problem(column, "has " + value.length() + " characters, but at most " + max + " are allowed");
                return null;
            }
            return value;
        }

        LocalDate date(ImportColumn column) {
            String value = header.value(record.fields(), column).strip();
            if (value.isEmpty()) {
                problem(column, "is required (yyyy-MM-dd)");
                return null;
            }
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                problem(column, "'" + value + "' is not a date written yyyy-MM-dd");
                return null;
            }
        }

        Severity severity(PublicationKind kind) {
            String value = header.value(record.fields(), ImportColumn.SEVERITY).strip();
            if (value.isEmpty()) {
                return null;
            }
            if (kind == PublicationKind.LICENCE) {
                problem(ImportColumn.SEVERITY, "a licence has no severity; leave it empty");
                return null;
            }
            Severity severity = switch (value.toUpperCase(java.util.Locale.ROOT)) {
                case "MINOR", "轻微" -> Severity.MINOR;
                case "GENERAL", "一般" -> Severity.GENERAL;
                case "SEVERE", "严重" -> Severity.SEVERE;
                default -> null;
            };
            if (severity == null) {
                problem(ImportColumn.SEVERITY, "'" + value + "' is not a severity: MINOR, GENERAL or SEVERE (轻微, 一般"
                        + " or 严重)");
            }
            return severity;
        }
    }
}
