package com.credittown.platform.uscc;

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
        /** Position 1 is not a registration authority of GB 32100-2015 (e.g. '0'). */
        UNKNOWN_REGISTRATION_AUTHORITY,
        /** Position 2 is not an entity type that the registration authority of position 1 issues. */
        UNKNOWN_ENTITY_TYPE,
        /**
         * Positions 3–8 are not an administrative division code: not six digits (the position names the first
         * non-digit), or the first two are not a province code of GB/T 2260 (position 3).
         */
        BAD_DIVISION,
        /** Position 17 is not the GB 11714 check character of the organisation code's body (positions 9–16). */
        WRONG_ORGANISATION_CODE_CHECK,
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

    /**
     * The 1-based position of the offending character: for BAD_CHARACTER the character's, 1 or 2 for an unknown
     * authority or type, the first non-digit (or 3 for an unknown province) of a bad division, 17 for a wrong
     * organisation-code check, 18 for a wrong check character.
     */
    public OptionalInt position() {
        return violation.position() > 0 ? OptionalInt.of(violation.position()) : OptionalInt.empty();
    }

    /**
     * The offending character as a string (one Unicode code point): the disallowed character for BAD_CHARACTER,
     * the character at {@link #position()} for the other problems of a code with 18 allowed characters.
     */
    public Optional<String> character() {
        return violation.character() >= 0
                ? Optional.of(Character.toString(violation.character()))
                : Optional.empty();
    }

    /**
     * The check character the code calls for: position 18's for WRONG_CHECK_CHARACTER, position 17's (GB 11714) for
     * WRONG_ORGANISATION_CODE_CHECK.
     */
    public Optional<Character> expectedCheckCharacter() {
        return violation.expectedCheckCharacter() >= 0
                ? Optional.of((char) violation.expectedCheckCharacter())
                : Optional.empty();
    }
}
