package com.credittown.platform.search;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed into the subject search, classified. A code (or its prefix) is 1 to 18 letters and digits
 * with at least one digit; it is searched as a prefix of the code, case-insensitively. Anything else is a name,
 * searched as a phrase (Chinese substrings) or as all its words; a name of letters only may also be a code prefix,
 * so it is tried as that too. Queries are never parsed by Elasticsearch (no query_string), so its syntax
 * characters mean nothing.
 */
sealed interface SubjectQuery permits CodePrefixQuery, NameQuery {

    int MAX_LENGTH = 100;
    Pattern CODE_LIKE = Pattern.compile("[0-9A-Za-z]{1,18}");
    Pattern DIGIT = Pattern.compile(".*[0-9].*");
    Pattern WHITE_SPACE = Pattern.compile("[\\s\\u3000]+");

    /** @throws InvalidInputException (field {@code q}) if the query is blank or longer than 100 characters */
    static SubjectQuery parse(String raw) {
        String text = raw == null ? "" : WHITE_SPACE.matcher(raw).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("q", "required",
                    "enter at least one character")));
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInputException(List.of(new FieldProblem("q", "too-long",
                    "enter at most " + MAX_LENGTH + " characters")));
        }
        String compact = text.replace(" ", "");
        if (CODE_LIKE.matcher(compact).matches() && DIGIT.matcher(compact).matches()) {
            return new CodePrefixQuery(compact.toUpperCase(Locale.ROOT));
        }
        return new NameQuery(text, CODE_LIKE.matcher(compact).matches() ? compact.toUpperCase(Locale.ROOT) : null);
    }
}
