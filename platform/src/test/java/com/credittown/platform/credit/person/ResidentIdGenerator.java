package com.credittown.platform.credit.person;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Generates valid resident identity card numbers for tests, with its own implementation of the GB 11643-1999
 * check character (so the tests do not check the class under test against itself).
 */
public final class ResidentIdGenerator {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private final RandomGenerator random;

    public ResidentIdGenerator(RandomGenerator random) {
        this.random = random;
    }

    /** A valid number of someone registered in the division and born between 1930 and 2010. */
    public String next(String division) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 80));
        return of(division, birth, random.nextInt(1000));
    }

    public static String of(String division, LocalDate birth, int sequence) {
        String first17 = division + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + "%03d".formatted(sequence);
        return first17 + check(first17);
    }

    /** {@code (12 - (Σ digit × weight mod 11)) mod 11}, 10 written X. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17.charAt(i), 10) * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
