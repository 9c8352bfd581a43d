package com.credittown.workflows.cases;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;

/** What an officer types into a task operation: the reason (理由) and the users named, checked. */
final class OperationInput {

    static final int MAX_REASON = 500;
    static final int MAX_RECIPIENTS = 20;

    private OperationInput() {
    }

    /** The users named once each, stripped; at least one and at most {@link #MAX_RECIPIENTS}. */
    static List<String> recipients(List<String> users, String field) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        if (users != null) {
            users.stream().filter(u -> u != null && !u.isBlank()).map(String::strip).forEach(unique::add);
        }
        if (unique.isEmpty()) {
            throw refusal(field, "required", "name at least one user");
        }
        if (unique.size() > MAX_RECIPIENTS) {
            throw refusal(field, "too-many", "at most " + MAX_RECIPIENTS + " users at once");
        }
        return List.copyOf(unique);
    }

    /** The reason stripped, {@code null} when empty (refused when required), at most {@link #MAX_REASON}. */
    static String reason(String reason, boolean required) {
        String clean = reason == null ? "" : reason.strip();
        if (required && clean.isEmpty()) {
            throw refusal("reason", "required", "give the reason");
        }
        if (clean.length() > MAX_REASON) {
            throw refusal("reason", "too-long", "at most " + MAX_REASON + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }

    static InvalidInputException refusal(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, code, message)));
    }
}
