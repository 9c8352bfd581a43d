package com.credittown.workflows.form;

import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccCheck;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Checks a submission against its form and returns the clean values, or throws
 * {@link InvalidInputException} naming every field that is wrong. The same check runs behind the REST API
 * and the Vaadin pages, so the server never trusts a client's own validation. Only the form's editable fields may be
 * set: a field the step may only see, or may not see at all, is refused here, the one place every completion passes.
 */
@Component
public class FormValidator {

    /** Markup or script in a text answer: refused rather than stored. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript:|on[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);

    private final CaseFiles files;
    private final SubjectCodes subjects;

    /**
     * A validator that knows no case's files and no tenant's subjects: every file or subject answer is refused (fail
     * closed). For checks of forms without such fields, e.g. in unit tests.
     */
    public FormValidator() {
        this((caseId, attachmentId) -> false, code -> false);
    }

    @Autowired
    public FormValidator(CaseFiles files, SubjectCodes subjects) {
        this.files = files;
        this.subjects = subjects;
    }

    /** A submission that belongs to no case yet (a start form, a public form): a file field is refused. */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> submitted) {
        return validate(form, submitted, null);
    }

    /**
     * A submission on a step of a case: a {@link FieldType#FILE} answer must be the id of one of this case's
     * attachments (in the current tenant), a {@link FieldType#SUBJECT} answer the code of a subject of the current
     * tenant's archive.
     *
     * @param caseId the case the submission belongs to, or null when there is none yet
     */
    public Map<String, Object> validate(FormDefinition form, Map<String, ?> submitted, String caseId) {
        Map<String, ?> input = submitted == null ? Map.of() : submitted;
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : input.keySet()) {
            if (form.field(key).isPresent()) {
                continue;
            }
            // a field the step may see is named as such; one it may not see reads exactly like one that does not exist
            problems.add(form.readOnlyField(key).isPresent()
                    ? new FieldProblem(key, "read-only", "may be seen but not changed at this step (form '"
                            + form.key() + "')")
                    : new FieldProblem(key, "unknown-field", "is not a field of the form '" + form.key() + "'"));
        }
        Map<String, Object> clean = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object raw = input.get(field.key());
            if (isBlank(raw)) {
                if (isRequired(field, input)) {
                    problems.add(new FieldProblem(field.key(), "required", "is required"));
                }
                continue;
            }
            try {
                clean.put(field.key(), convert(field, raw, caseId));
            } catch (FieldRejected e) {
                problems.add(new FieldProblem(field.key(), e.code, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return clean;
    }

    private static boolean isRequired(FormField field, Map<String, ?> input) {
        if (field.required()) {
            return true;
        }
        if (field.requiredWhen() == null || !field.requiredWhen().contains("=")) {
            return false;
        }
        String[] condition = field.requiredWhen().split("=", 2);
        Object other = input.get(condition[0].trim());
        return other != null && condition[1].trim().equals(String.valueOf(other).trim());
    }

    private Object convert(FormField field, Object raw, String caseId) {
        return switch (field.type()) {
            case TEXT, TEXTAREA -> text(field, raw);
            case NUMBER -> number(field, raw);
            case DATE -> date(raw);
            case CHOICE -> choice(field, raw);
            case BOOLEAN -> bool(raw);
            case USCC -> uscc(raw);
            case SUBJECT -> subject(raw);
            case FILE -> file(raw, caseId);
        };
    }

    /** A credit subject of the caller's tenant, by its code; another tenant's subject is unknown here. */
    private String subject(Object raw) {
        String code = uscc(raw);
        if (!subjects.isRegistered(code)) {
            throw new FieldRejected("unknown-subject", "is not a credit subject in this tenant's archive");
        }
        return code;
    }

    /** The id of one of this case's attachments: another case's or tenant's file is refused, named as such. */
    private String file(Object raw, String caseId) {
        if (!(raw instanceof String s)) {
            throw new FieldRejected("not-text", "must be the id of an attachment");
        }
        String id = s.strip();
        if (caseId == null) {
            throw new FieldRejected("file-needs-case", "a file can be attached only to a step of an existing case;"
                    + " attach it on the case page once the case is started");
        }
        if (id.length() > 36 || !files.isFileOf(caseId, id)) {
            throw new FieldRejected("not-an-attachment", "is not a file attached to this case");
        }
        return id;
    }

    private static String text(FormField field, Object raw) {
        if (!(raw instanceof String s)) {
            throw new FieldRejected("not-text", "must be text");
        }
        String value = s.strip();
        if (value.length() > field.effectiveMaxLength()) {
            throw new FieldRejected("too-long", "is " + value.length() + " characters long; at most "
                    + field.effectiveMaxLength() + " are allowed");
        }
        if (MARKUP.matcher(value).find()) {
            throw new FieldRejected("markup", "must not contain HTML or script");
        }
        if (field.minLength() != null && value.length() < field.minLength()) {
            throw new FieldRejected("too-short", "is " + value.length() + " characters long; at least "
                    + field.minLength() + " are needed");
        }
        if (field.pattern() != null && !field.pattern().isBlank() && !matches(field.pattern(), value)) {
            throw new FieldRejected("pattern", "does not have the required form " + field.pattern());
        }
        return value;
    }

    private static BigDecimal number(FormField field, Object raw) {
        BigDecimal value;
        try {
            value = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new FieldRejected("not-number", "must be a number");
        }
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            throw new FieldRejected("below-min", "must be at least " + field.min().toPlainString());
        }
        if (field.max() != null && value.compareTo(field.max()) > 0) {
            throw new FieldRejected("above-max", "must be at most " + field.max().toPlainString());
        }
        return value;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).matches();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static String date(Object raw) {
        try {
            return LocalDate.parse(raw.toString().strip()).toString();
        } catch (DateTimeParseException e) {
            throw new FieldRejected("not-date", "must be a date written yyyy-MM-dd");
        }
    }

    private static String choice(FormField field, Object raw) {
        String value = raw.toString().strip();
        boolean known = field.options().stream().anyMatch(option -> option.value().equals(value));
        if (!known) {
            throw new FieldRejected("not-an-option", "must be one of " + field.options().stream()
                    .map(FieldChoice::value).toList());
        }
        return value;
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String value = raw.toString().strip();
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value);
        }
        throw new FieldRejected("not-boolean", "must be true or false");
    }

    private static String uscc(Object raw) {
        UsccCheck check = Uscc.check(raw.toString());
        if (!check.isValid()) {
            throw new FieldRejected("uscc", check.message().orElse("is not a valid unified social credit code"));
        }
        return check.orElseThrow().value();
    }

    private static boolean isBlank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank());
    }

    /** Why one answer was refused: a stable code and an English explanation. */
    private static final class FieldRejected extends RuntimeException {
        private final String code;

        FieldRejected(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
