package com.credittown.workflows.report;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A report's verification code: 16 characters of Crockford's base 32 (no I, L, O, U), 80 random bits from
 * {@link SecureRandom}, shown in groups of four ({@code 7K3M-Q9XT-2HDW-A4RN}). Reading it back ignores case, spaces
 * and dashes, and takes O for 0 and I/L for 1, as a person copying it from paper might write them.
 */
final class VerificationCode {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what someone typed, or empty when it cannot be a code. */
    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static String display(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12),
                code.substring(12, 16));
    }
}
