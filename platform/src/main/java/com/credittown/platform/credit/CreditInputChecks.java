package com.credittown.platform.credit;

import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccCheck;
import com.credittown.platform.credit.person.ResidentIdNumber;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Checks what a caller sends to the credit archive; every problem is named with its field (answered with 400). */
final class CreditInputChecks {

    static final int MAX_NAME = 200;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;
    static final int MAX_DEPARTMENT = 100;
    static final int MAX_LEGAL_BASIS = 500;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_NOTE = 500;
    /** The earliest year a decision may carry: year 0 or 1066 is a typing error, not history. */
    static final int EARLIEST_DECISION_YEAR = 1900;

    private final List<FieldProblem> problems = new ArrayList<>();

    private CreditInputChecks() {
    }

    /**
     * The subject's identifier after checking every field of the request: the unified social credit code, or for a
     * natural person the resident identity card number (the problems never repeat the number).
     */
    static Identifier checkSubject(NewSubject subject) {
        CreditInputChecks checks = new CreditInputChecks();
        if (subject.kind() == null) {
            checks.problem("kind", "the kind of subject is required");
        }
        boolean person = subject.kind() == SubjectKind.NATURAL_PERSON;
        UsccCheck code = person ? null : Uscc.check(subject.code());
        ResidentIdNumber.Check idNumber = person ? ResidentIdNumber.check(subject.code()) : null;
        if (person) {
            idNumber.problem().ifPresent(message -> checks.problem("code", message));
        } else {
            code.message().ifPresent(message -> checks.problem("code", message));
        }
        if (!person && subject.kind() != null) {
            code.uscc().ifPresent(valid -> checks.civilAffairs(subject.kind(), valid));
        }
        if (subject.tags().contains(SubjectKind.CHARITY_TAG) && subject.kind() != SubjectKind.SOCIAL_ORGANISATION) {
            checks.problem("tags", "charity-not-social-organisation", "only a social organisation (社会组织) is marked "
                    + "a charity (" + SubjectKind.CHARITY_TAG + ")");
        }
        checks.text("name", subject.name(), true, MAX_NAME);
        if (subject.tags().size() > MAX_TAGS) {
            checks.problem("tags", "at most " + MAX_TAGS + " tags are allowed");
        }
        for (String tag : subject.tags()) {
            if (tag == null || tag.isBlank() || tag.length() > MAX_TAG || tag.contains(",")) {
                checks.problem("tags", "a tag has 1 to " + MAX_TAG + " characters and no comma: '" + tag + "'");
            }
        }
        checks.throwIfAny();
        return person ? new Identifier(null, idNumber.valid().orElseThrow()) : new Identifier(code.orElseThrow(), null);
    }

    /**
     * Civil affairs (民政, registration authority 5) registers social organisations and nothing else: a social
     * organisation's code has authority 5, and a code with authority 5 is a social organisation's.
     */
    private void civilAffairs(SubjectKind kind, Uscc code) {
        boolean civilAffairsCode = code.registrationAuthority() == SubjectKind.CIVIL_AFFAIRS;
        if (kind == SubjectKind.SOCIAL_ORGANISATION && !civilAffairsCode) {
            problem("code", "not-civil-affairs", "a social organisation's code is issued by civil affairs (registration "
                    + "authority 5), not by authority " + code.registrationAuthority());
        } else if (kind != SubjectKind.SOCIAL_ORGANISATION && civilAffairsCode) {
            problem("kind", "civil-affairs-code", "a code issued by civil affairs (registration authority 5) is a social "
                    + "organisation's (SOCIAL_ORGANISATION)");
        }
    }

    /** A subject's checked identifier: exactly one of the two is set. */
    record Identifier(Uscc uscc, ResidentIdNumber idNumber) {
    }

    static void checkRecord(RecordDetails record, LocalDate today) {
        CreditInputChecks checks = new CreditInputChecks();
        boolean dishonesty = record.kind() == RecordKind.DISHONESTY;
        if (record.kind() == null) {
            checks.problem("kind", "the kind of record is required");
        } else if (record.kind() == RecordKind.SEVERE_LIST) {
            checks.problem("kind", "severe-list-by-decision", "a severe-dishonesty list entry is written only by the"
                    + " city office's inclusion decision (/api/city/severe-list), not entered as a record");
        }
        if (dishonesty && record.severity() == null) {
            checks.problem("severity", "a dishonesty record requires a severity (MINOR, GENERAL or SEVERE)");
        }
        checks.text("department", record.department(), true, MAX_DEPARTMENT);
        if (record.decisionDate() == null) {
            checks.problem("decisionDate", "the decision date is required");
        } else if (record.decisionDate().getYear() < EARLIEST_DECISION_YEAR) {
            checks.problem("decisionDate", "decision date " + record.decisionDate() + " is before "
                    + EARLIEST_DECISION_YEAR + ": no record of the archive is that old");
        } else if (record.decisionDate().isAfter(today)) {
            checks.problem("decisionDate", "decision date is in the future: " + record.decisionDate()
                    + " is after today, " + today);
        }
        if (dishonesty && (record.legalBasis() == null || record.legalBasis().isBlank())) {
            checks.problem("legalBasis", "a dishonesty record requires its legal basis (依据)");
        } else {
            checks.text("legalBasis", record.legalBasis(), false, MAX_LEGAL_BASIS);
        }
        checks.text("title", record.title(), true, MAX_TITLE);
        checks.text("summary", record.summary(), false, MAX_SUMMARY);
        checks.throwIfAny();
    }

    static void checkNote(String field, String note, boolean required) {
        CreditInputChecks checks = new CreditInputChecks();
        checks.text(field, note, required, MAX_NOTE);
        checks.throwIfAny();
    }

    private void text(String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                problem(field, "is required");
            }
        } else if (value.length() > max) {
            problem(field, "has " + value.length() + " characters, but at most " + max + " are allowed");
        }
    }

    private void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    private void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    private void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
