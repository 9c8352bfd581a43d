package com.credittown.platform.uscc;

/**
 * The check character of an organisation code (组织机构代码, GB 11714), positions 9–17 of a unified social credit code:
 * over the eight body characters (digits 0–9, letters A=10 … Z=35) with weights 3, 7, 9, 10, 5, 8, 4, 2, the check is
 * {@code 11 - (weighted sum mod 11)}, with 10 written 'X' and 11 written '0'. Package-private.
 */
final class OrganisationCodes {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganisationCodes() {
    }

    /** @param body the eight body characters (digits and upper-case letters) */
    static char checkCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += Character.digit(body.charAt(i), 36) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
