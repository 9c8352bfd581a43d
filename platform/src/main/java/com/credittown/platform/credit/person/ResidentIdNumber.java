package com.credittown.platform.credit.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A resident identity card number (公民身份号码, GB 11643-1999), the identifier of a natural person: 17 digits and
 * a check character.
 * <ul>
 *   <li>positions 1–6: the administrative division of the registered residence (e.g. {@code 441900})</li>
 *   <li>positions 7–14: the birth date, {@code yyyyMMdd}</li>
 *   <li>positions 15–17: the sequence number (odd for men, even for women)</li>
 *   <li>position 18: the check character, see {@link #checkCharacterFor(String)}</li>
 * </ul>
 * Every instance holds a valid number in canonical form (no white space, an upper-case {@code X}).
 * <p>
 * The number is personal data: {@link #toString()} shows it masked, and no message of this class repeats it.
 *
 */
public final class ResidentIdNumber {

    public static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "0123456789X";

    private final String value;

    private ResidentIdNumber(String checked) {
        this.value = checked;
    }

    /**
     * Normalises (white space removed, {@code x} upper-cased) and validates the input.
     *
     * @throws IllegalArgumentException with the problem (never the number) if the input is not a valid number
     */
    public static ResidentIdNumber parse(String raw) {
        Check check = check(raw);
        return check.valid().orElseThrow(() -> new IllegalArgumentException(check.problem().orElseThrow()));
    }

    /** Checks input without throwing: either the valid number or what is wrong with it. */
    public static Check check(String raw) {
        String input = normalise(raw);
        String problem = findProblem(input);
        return new Check(input, problem == null ? new ResidentIdNumber(input) : null, problem);
    }

    /** Whether the input has the shape of an identity card number (17 digits and a digit or X), valid or not. */
    public static boolean looksLikeOne(String raw) {
        return normalise(raw).matches("[0-9]{17}[0-9X]");
    }

    /**
     * The check character for the first 17 digits: with weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4,
     * 2 it is {@code (12 - (weighted sum mod 11)) mod 11}, with 10 written as {@code X}.
     *
     * @throws IllegalArgumentException if the argument is not 17 digits
     */
    public static char checkCharacterFor(String first17) {
        if (first17 == null || !first17.matches("[0-9]{17}")) {
            throw new IllegalArgumentException("The check character is computed from exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt((12 - sum % 11) % 11);
    }

    /** The 18-character number in clear: only for encryption, hashing and authorised readers. */
    public String value() {
        return value;
    }

    /** Positions 1–6: the administrative division of the registered residence. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    /** Positions 7–14: the birth date. */
    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** First 6 characters, eight {@code *} and the last 4, e.g. {@code 441900********123X}. */
    public String masked() {
        return PersonMasks.idNumber(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The number masked: a resident identity card number is never printed in clear by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String findProblem(String input) {
        if (input.isEmpty()) {
            return "a resident identity card number is required";
        }
        if (input.length() != LENGTH) {
            return "a resident identity card number has 18 characters (17 digits and a check character), but "
                    + input.length() + (input.length() == 1 ? " was" : " were") + " given"
                    + (input.length() == 15 ? " (15-digit numbers of first-generation cards are not accepted)" : "");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = input.charAt(i);
            boolean allowed = c >= '0' && c <= '9' || i == LENGTH - 1 && c == 'X';
            if (!allowed) {
                return "character '" + c + "' at position " + (i + 1) + " is not allowed: positions 1–17 are digits"
                        + " and position 18 is a digit or X";
            }
        }
        if (birthDateOf(input).isEmpty()) {
            return "positions 7–14 are not a possible birth date (yyyyMMdd): " + whyNotADate(input.substring(6, 14));
        }
        char expected = checkCharacterFor(input.substring(0, 17));
        char actual = input.charAt(17);
        if (expected != actual) {
            return "wrong check character: the first 17 digits call for '" + expected + "', but position 18 is '"
                    + actual + "'";
        }
        return null;
    }

    private static Optional<LocalDate> birthDateOf(String number) {
        int year = Integer.parseInt(number.substring(6, 10));
        int month = Integer.parseInt(number.substring(10, 12));
        int day = Integer.parseInt(number.substring(12, 14));
        if (year < 1800) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String whyNotADate(String yyyyMMdd) {
        int year = Integer.parseInt(yyyyMMdd.substring(0, 4));
        int month = Integer.parseInt(yyyyMMdd.substring(4, 6));
        if (year < 1800) {
            return "the year is before 1800";
        }
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        return "that month has no day " + Integer.parseInt(yyyyMMdd.substring(6, 8));
    }

    /**
     * The outcome of checking one candidate number.
     *
     * @param input   the input as checked: white space removed, {@code x} upper-cased
     * @param number  the valid number, or {@code null}
     * @param problemText what is wrong (never repeating the number), or {@code null}
     */
    public record Check(String input, ResidentIdNumber number, String problemText) {

        public boolean isValid() {
            return number != null;
        }

        public Optional<ResidentIdNumber> valid() {
            return Optional.ofNullable(number);
        }

        public Optional<String> problem() {
            return Optional.ofNullable(problemText);
        }

        @Override
        public String toString() {
            return isValid() ? "valid " + number : "invalid: " + problemText;
        }
    }
}
