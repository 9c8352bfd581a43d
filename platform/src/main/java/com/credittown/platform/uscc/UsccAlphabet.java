package com.credittown.platform.uscc;

/**
 * The character set, the check-character arithmetic and the validation rules of GB 32100-2015. Package-private:
 * callers use {@link Uscc}.
 */
final class UsccAlphabet {

    /** The 31 characters a code may use; each character's value is its index here (no I, O, S, V, Z). */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    static final int LENGTH = 18;

    static final int MODULUS = 31;

    /** Weights of positions 1 to 17: 3^(i-1) mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < CHARACTERS.length(); i++) {
            VALUES[CHARACTERS.charAt(i)] = i;
        }
    }

    private UsccAlphabet() {
    }

    /** The value of a code character, or -1 if the character is not allowed. */
    static int valueOf(int codePoint) {
        return codePoint >= 0 && codePoint < VALUES.length ? VALUES[codePoint] : -1;
    }

    static boolean isAllowed(int codePoint) {
        return valueOf(codePoint) >= 0;
    }

    static char characterOf(int value) {
        return CHARACTERS.charAt(value);
    }

    /** The check character for 17 allowed characters (the caller has checked length and characters). */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += valueOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = MODULUS - sum % MODULUS;
        return characterOf(check == MODULUS ? 0 : check);
    }

    /** Strips leading and trailing (Unicode) white space and upper-cases ASCII letters; {@code null} becomes "". */
    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String stripped = raw.strip();
        StringBuilder normalised = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            normalised.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return normalised.toString();
    }

    /**
     * The first thing wrong with a normalised candidate, or {@code null} if it is a valid code: its length, then each
     * character, then the parts in the order of their positions (authority 1, type 2, division 3–8, organisation code
     * check 17), then the check character 18.
     */
    static UsccViolation findViolation(String input) {
        int length = input.codePointCount(0, input.length());
        if (length == 0) {
            return UsccViolation.empty(input);
        }
        if (length != LENGTH) {
            return UsccViolation.wrongLength(input, length);
        }
        int position = 1;
        for (int i = 0; i < input.length(); position++) {
            int codePoint = input.codePointAt(i);
            if (!isAllowed(codePoint)) {
                return UsccViolation.badCharacter(input, length, position, codePoint);
            }
            i += Character.charCount(codePoint);
        }
        UsccViolation structure = UsccStructure.findViolation(input);
        if (structure != null) {
            return structure;
        }
        char expected = checkCharacter(input);
        char given = input.charAt(LENGTH - 1);
        return given == expected ? null : UsccViolation.wrongCheckCharacter(input, given, expected);
    }
}
