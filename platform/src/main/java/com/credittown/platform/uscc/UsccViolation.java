package com.credittown.platform.uscc;

import com.credittown.platform.uscc.InvalidUsccException.Problem;
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

    /** A problem with the part at {@code position}; {@code expected} is the character it calls for, -1 if none. */
    static UsccViolation at(Problem problem, String input, int position, int expected) {
        return new UsccViolation(problem, input, UsccAlphabet.LENGTH, position, input.charAt(position - 1), expected);
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
            case UNKNOWN_REGISTRATION_AUTHORITY -> "Position 1 of '" + input + "' is '" + (char) character
                    + "', which is not a registration authority (登记管理部门代码) of GB 32100-2015: the authorities are "
                    + UsccRules.authorityCodes();
            case UNKNOWN_ENTITY_TYPE -> unknownEntityType();
            case BAD_DIVISION -> badDivision();
            case WRONG_ORGANISATION_CODE_CHECK -> "Position 17 of '" + input + "' is '" + (char) character
                    + "', but the organisation code (组织机构代码, positions 9-17) '" + input.substring(8, 17)
                    + "' calls for the GB 11714 check character '" + (char) expectedCheckCharacter
                    + "' (weights 3, 7, 9, 10, 5, 8, 4, 2 over positions 9-16)";
            case WRONG_CHECK_CHARACTER -> "Check character (position 18) of '" + input + "' is '"
                    + (char) character + "', but the first 17 characters call for '"
                    + (char) expectedCheckCharacter + "'";
        };
    }

    private String unknownEntityType() {
        UsccRules.Authority authority = UsccRules.authority(input.charAt(0));
        return "Position 2 of '" + input + "' is '" + (char) character + "', which is not an entity type (机构类别代码)"
                + " that registration authority " + authority.label() + " issues under GB 32100-2015: it issues "
                + authority.typeList();
    }

    private String badDivision() {
        String division = input.substring(2, 8);
        if (!Character.isDigit(character)) {
            return "Positions 3-8 of '" + input + "' are the administrative division code (登记管理机关行政区划码,"
                    + " GB/T 2260) of six digits, e.g. 441900 for Dongguan, but position " + position + " of '"
                    + division + "' is '" + (char) character + "'";
        }
        return "Positions 3-4 of '" + input + "' are '" + division.substring(0, 2) + "', which is not a province code"
                + " of GB/T 2260 (11 to 82, e.g. 44 for Guangdong), so '" + division + "' is not an administrative"
                + " division code (登记管理机关行政区划码)";
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
