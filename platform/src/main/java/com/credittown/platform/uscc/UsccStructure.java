package com.credittown.platform.uscc;

/**
 * The parts of an 18-character code in allowed characters, checked in the order of their positions against GB 32100-2015
 * and the standards it refers to: position 1 a registration authority, position 2 an entity type that authority
 * issues, positions 3–8 an administrative division code of GB/T 2260 (six digits under a province code), positions
 * 9–17 an organisation code whose last character is its GB 11714 check character. Package-private.
 */
final class UsccStructure {

    private UsccStructure() {
    }

    /** The first part that breaks its rule, or {@code null}; the input has 18 allowed characters. */
    static UsccViolation findViolation(String input) {
        UsccRules.Authority authority = UsccRules.authority(input.charAt(0));
        if (authority == null) {
            return UsccViolation.at(InvalidUsccException.Problem.UNKNOWN_REGISTRATION_AUTHORITY, input, 1, -1);
        }
        if (!authority.types().containsKey(input.charAt(1))) {
            return UsccViolation.at(InvalidUsccException.Problem.UNKNOWN_ENTITY_TYPE, input, 2, -1);
        }
        for (int position = 3; position <= 8; position++) {
            if (!Character.isDigit(input.charAt(position - 1))) {
                return UsccViolation.at(InvalidUsccException.Problem.BAD_DIVISION, input, position, -1);
            }
        }
        if (UsccRules.province(input.substring(2, 4)) == null) {
            return UsccViolation.at(InvalidUsccException.Problem.BAD_DIVISION, input, 3, -1);
        }
        char expected = OrganisationCodes.checkCharacter(input.substring(8, 16));
        if (input.charAt(16) != expected) {
            return UsccViolation.at(InvalidUsccException.Problem.WRONG_ORGANISATION_CODE_CHECK, input, 17, expected);
        }
        return null;
    }
}
