package com.credittown.platform.uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.credittown.platform.uscc.InvalidUsccException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Property-style tests over 10,000 generated Dongguan codes. */
class UsccGeneratorUnitTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String DONGGUAN = "441900";

    private static List<Uscc> codes;

    @BeforeAll
    static void generate() {
        UsccGenerator generator = new UsccGenerator(new SplittableRandom(20240601L));
        codes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(generator.next(DONGGUAN));
        }
    }

    @Test
    void everyGeneratedCodeIsValidAndRegisteredInTheDivision() {
        assertThat(codes).allSatisfy(code -> {
            assertThat(Uscc.check(code.value()).isValid()).isTrue();
            assertThat(code.divisionCode()).isEqualTo(DONGGUAN);
            assertThat(code.registrationAuthority()).isEqualTo('9');
            assertThat(code.entityType()).isIn('1', '2', '3');
        });
    }

    @Test
    void generatedCodesVary() {
        assertThat(new HashSet<>(codes)).hasSizeGreaterThan(9_990);
        Set<Character> used = new HashSet<>();
        codes.forEach(code -> code.organisationCode().chars().forEach(c -> used.add((char) c)));
        assertThat(used).hasSize(ALPHABET.length());
        assertThat(codes).extracting(Uscc::entityType).contains('1', '2', '3');
    }

    @Test
    void changingAnyOneCharacterToAnotherAllowedOneIsDetected() {
        int mutants = 0;
        for (Uscc code : codes) {
            char[] chars = code.value().toCharArray();
            for (int position = 0; position < chars.length; position++) {
                char original = chars[position];
                for (int v = 0; v < ALPHABET.length(); v++) {
                    char replacement = ALPHABET.charAt(v);
                    if (replacement == original) {
                        continue;
                    }
                    chars[position] = replacement;
                    UsccCheck check = Uscc.check(new String(chars));
                    // a change at 1-17 may break the part's own rule first; at 18 only the check character can catch it
                    boolean caught = check.problem().isPresent()
                            && (position < 17 || check.problem().get() == Problem.WRONG_CHECK_CHARACTER);
                    if (!caught) {
                        throw new AssertionError(new String(chars) + " (from " + code + ") was " + check);
                    }
                    mutants++;
                }
                chars[position] = original;
            }
        }
        assertThat(mutants).isEqualTo(10_000 * 18 * 30);
    }

    @Test
    void organisationCodesCarryAGb11714CheckCharacterLikeRealOnes() {
        assertThat(hasValidOrganisationCheck("M000100Y4")).isTrue(); // from 91350100M000100Y43
        assertThat(hasValidOrganisationCheck("192203821")).isTrue(); // from 914403001922038216
        assertThat(codes).allSatisfy(code ->
                assertThat(hasValidOrganisationCheck(code.organisationCode())).as(code.value()).isTrue());
    }

    @Test
    void theSameSeedGivesTheSameCodes() {
        UsccGenerator again = new UsccGenerator(new SplittableRandom(20240601L));

        assertThat(again.next(DONGGUAN)).isEqualTo(codes.get(0));
    }

    @Test
    void generatesOtherRegistrationAuthoritiesOnRequest() {
        Uscc governmentBody = new UsccGenerator(new SplittableRandom(1)).next(DONGGUAN, '1', '1');

        assertThat(governmentBody.value()).startsWith("11441900");
        assertThat(Uscc.check(governmentBody.value()).isValid()).isTrue();
    }

    @Test
    void refusesAnAuthorityAndTypeTheStandardDoesNotHave() {
        UsccGenerator generator = new UsccGenerator(new SplittableRandom(1));

        assertThat(catchThrowableOfType(InvalidUsccException.class, () -> generator.next(DONGGUAN, '9', '4')).problem())
                .isEqualTo(Problem.UNKNOWN_ENTITY_TYPE);
    }

    @Test
    void rejectsAMalformedDivision() {
        UsccGenerator generator = new UsccGenerator(new SplittableRandom(1));

        assertThatIllegalArgumentException().isThrownBy(() -> generator.next("4419"))
                .withMessageContaining("six digits");
        assertThatIllegalArgumentException().isThrownBy(() -> generator.next(DONGGUAN, 'I', '1'))
                .withMessageContaining("'I'");
    }

    /** GB 11714: weights 3,7,9,10,5,8,4,2 over 8 characters (A=10 … Z=35); check 11 - sum mod 11, 10 = X, 11 = 0. */
    private static boolean hasValidOrganisationCheck(String organisationCode) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(organisationCode.charAt(i), 36) * weights[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
        return organisationCode.charAt(8) == expected;
    }
}
