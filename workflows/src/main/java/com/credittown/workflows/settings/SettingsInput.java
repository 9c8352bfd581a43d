package com.credittown.workflows.settings;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks of settings input: each problem named on its field, all at once. */
final class SettingsInput {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,49}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,28}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final List<FieldProblem> problems = new ArrayList<>();

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    SettingsInput text(String field, String value, int max) {
        String v = clean(value);
        if (v.isEmpty()) {
            problems.add(new FieldProblem(field, "required", "Required."));
        } else if (v.length() > max) {
            problems.add(new FieldProblem(field, "too-long", "At most " + max + " characters."));
        } else if (v.contains("<") || v.contains(">")) {
            problems.add(new FieldProblem(field, "markup", "Must not contain HTML or script."));
        }
        return this;
    }

    SettingsInput matches(String field, String value, Pattern pattern, String code, String message) {
        String v = clean(value);
        if (v.isEmpty()) {
            problems.add(new FieldProblem(field, "required", "Required."));
        } else if (!pattern.matcher(v).matches()) {
            problems.add(new FieldProblem(field, code, message));
        }
        return this;
    }

    SettingsInput departmentCode(String field, String value) {
        return matches(field, value, CODE, "department-code",
                "2 to 50 lower-case letters, digits or hyphens, starting with a letter (e.g. market-supervision).");
    }

    SettingsInput username(String field, String value) {
        return matches(field, value, USERNAME, "username", "A user name of letters, digits and . _ @ -.");
    }

    SettingsInput phone(String field, String value) {
        return matches(field, value, PHONE, "phone", "A telephone number, e.g. 0769-85123456.");
    }

    SettingsInput email(String field, String value) {
        return matches(field, value, EMAIL, "email", "An e-mail address, e.g. xinyong@humen.gov.cn.");
    }

    void problem(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
