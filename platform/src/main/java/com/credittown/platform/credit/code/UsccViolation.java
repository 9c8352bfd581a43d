package com.credittown.platform.credit.code;

import com.credittown.platform.credit.code.InvalidUsccException.Problem;
import java.io.Serializable;

/**
 * What is wrong with one candidate code, with the details the message names. Package-private: it is exposed
 * through {@link InvalidUsccException} and {@link UsccCheck}.
 *
 * @param problem                the kind of problem
 * @param input                  the normalised input (stripped, a-z upper-cased)
 * @param length                 the input's length in characters (Unicode code points)
 * @param position               1-based position of the offending character, 0 if none
 * @param character              the offending character (a code point), -1 if none
 * @param expectedCheckCharacter the check character the first 17 characters call for, -1 if not computed
 */
record UsccViolation(Problem problem, String input, int length, int position, int character,
                     int expectedCheckCharacter) implements Serializable {

    static UsccViolation empty(String input) {
        return new UsccViolation(Problem.EMPTY, input, 0, 0, -1, -1);
    }

    static UsccViolation wrongLength(String input, int length) {
        return new UsccViolation(Problem.WRONG_LENGTH, input, length, 0, -1, -1);
    }

    static UsccViolation badCharacter(String input, int length, int position, int character) {
        return new UsccViolation(Problem.BAD_CHARACTER, input, length, position, character, -1);
    }

    static UsccViolation wrongCheckCharacter(String input, char given, char expected) {
        return new UsccViolation(Problem.WRONG_CHECK_CHARACTER, input, UsccAlphabet.LENGTH, UsccAlphabet.LENGTH,
                given, expected);
    }

    String message() {
        return switch (problem) {
            case EMPTY -> "A unified social credit code is required, but none was given";
            case WRONG_LENGTH -> "A unified social credit code has 18 characters, but '" + input + "' has " + length;
            case BAD_CHARACTER -> "Character " + describe(character) + " at position " + position + " of '" + input
                    + "' is not allowed in a unified social credit code: only digits 0-9 and the letters A-Z"
                    + " except I, O, S, V and Z are used";
            case WRONG_CHECK_CHARACTER -> "Check character (position 18) of '" + input + "' is '"
                    + (char) character + "', but the first 17 characters call for '"
                    + (char) expectedCheckCharacter + "'";
        };
    }

    /** 'I' for printable ASCII, 'Ｉ' (U+FF29) for other visible characters, U+3000 for invisible ones. */
    private static String describe(int codePoint) {
        String code = String.format("U+%04X", codePoint);
        if (codePoint > 0x20 && codePoint < 0x7F) {
            return "'" + (char) codePoint + "'";
        }
        if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return code;
        }
        return "'" + Character.toString(codePoint) + "' (" + code + ")";
    }
}
