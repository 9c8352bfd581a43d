package com.credittown.platform.credit.code;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A candidate unified social credit code (统一社会信用代码) is not valid under GB 32100-2015. {@link #problem()}
 * says what kind of problem it is, for programs; {@link #getMessage()} says precisely what is wrong, for people.
 */
public class InvalidUsccException extends RuntimeException {

    /** The kinds of problem a candidate code can have, checked in this order. */
    public enum Problem {
        /** Nothing (or only white space) was given. */
        EMPTY,
        /** The code does not have 18 characters. */
        WRONG_LENGTH,
        /** A character is not one of {@code 0-9A-HJ-NPQRTUWXY} (I, O, S, V and Z are never used). */
        BAD_CHARACTER,
        /** Character 18 is not the check character that characters 1 to 17 call for. */
        WRONG_CHECK_CHARACTER
    }

    private static final long serialVersionUID = 1L;

    private final UsccViolation violation;

    InvalidUsccException(UsccViolation violation) {
        super(violation.message());
        this.violation = violation;
    }

    /** The kind of problem. */
    public Problem problem() {
        return violation.problem();
    }

    /** The input as it was checked: white space stripped, letters upper-cased; "" for {@code null}. */
    public String input() {
        return violation.input();
    }

    /** The length of {@link #input()} in characters. */
    public int length() {
        return violation.length();
    }

    /** The 1-based position of the offending character, for BAD_CHARACTER and WRONG_CHECK_CHARACTER (18). */
    public OptionalInt position() {
        return violation.position() > 0 ? OptionalInt.of(violation.position()) : OptionalInt.empty();
    }

    /**
     * The offending character as a string (one Unicode code point): the disallowed character for BAD_CHARACTER,
     * the given check character for WRONG_CHECK_CHARACTER.
     */
    public Optional<String> character() {
        return violation.character() >= 0
                ? Optional.of(Character.toString(violation.character()))
                : Optional.empty();
    }

    /** The check character the first 17 characters call for, for WRONG_CHECK_CHARACTER. */
    public Optional<Character> expectedCheckCharacter() {
        return violation.expectedCheckCharacter() >= 0
                ? Optional.of((char) violation.expectedCheckCharacter())
                : Optional.empty();
    }
}
