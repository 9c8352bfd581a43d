package com.credittown.platform.credit.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.credittown.platform.credit.code.InvalidUsccException.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccUnitTest {

    /**
     * Codes of real entities as published (the first is the example in the brief). Each was checked by hand against
     * the GB 32100 algorithm before being listed here; a random code would pass with probability 1/31.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43",
            "914403001922038216", // reported as 华为技术有限公司
            "9144030071526726XG", // reported as 深圳市腾讯计算机系统有限公司
            "91440300708461136T",
            "91330100716105852F", // reported as 阿里巴巴（中国）有限公司
            "91110108551385082Q"  // reported as 小米科技有限责任公司
    })
    void acceptsPublishedCodes(String code) {
        Uscc uscc = Uscc.parse(code);

        assertThat(uscc.value()).isEqualTo(code);
        assertThat(Uscc.check(code).isValid()).isTrue();
        assertThat(Uscc.checkCharacterFor(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @Test
    void computesTheCheckCharacterByHand() {
        // 9 1 3 5 0 1 0 0 M(21) 0 0 0 1 0 0 Y(30) 4, non-zero terms:
        // 9*1 + 1*3 + 3*9 + 5*27 + 1*26 + 21*20 + 1*8 + 30*30 + 4*28 = 1640; 1640 mod 31 = 28; 31 - 28 = 3
        assertThat(Uscc.checkCharacterFor("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void splitsACodeIntoItsParts() {
        Uscc uscc = Uscc.parse("91350100M000100Y43");

        assertThat(uscc.registrationAuthority()).isEqualTo('9');
        assertThat(uscc.entityType()).isEqualTo('1');
        assertThat(uscc.divisionCode()).isEqualTo("350100");
        assertThat(uscc.organisationCode()).isEqualTo("M000100Y4");
        assertThat(uscc.checkCharacter()).isEqualTo('3');
        assertThat(uscc).hasToString("91350100M000100Y43");
    }

    @Test
    void acceptsLowerCaseAndSurroundingWhiteSpace() {
        assertThat(Uscc.parse("  9144030071526726xg\t")).isEqualTo(new Uscc("9144030071526726XG"));
        // a full-width space (U+3000), as typed with a Chinese input method
        assertThat(Uscc.parse("\u300091350100m000100y43")).hasToString("91350100M000100Y43");
    }

    @Test
    void theConstructorValidatesAndNormalisesLikeParse() {
        assertThat(new Uscc(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
        assertThat(catchThrowableOfType(InvalidUsccException.class, () -> new Uscc("91350100M000100Y44")).problem())
                .isEqualTo(Problem.WRONG_CHECK_CHARACTER);
    }

    @Test
    void aCheckSumOfZeroIsWrittenAsZero() {
        // 31 - (sum mod 31) is 31 when the sum is a multiple of 31; it is written '0', never out of range.
        // Seventeen zeros have sum 0.
        assertThat(Uscc.checkCharacterFor("00000000000000000")).isEqualTo('0');
        assertThat(Uscc.check("000000000000000000").isValid()).isTrue();
        // value 30 (Y) at position 1 (weight 1): sum 30, check = 31 - 30 = 1
        assertThat(Uscc.checkCharacterFor("Y0000000000000000")).isEqualTo('1');
        // value 1 at position 1: check = 31 - 1 = 30, the last character 'Y'
        assertThat(Uscc.checkCharacterFor("10000000000000000")).isEqualTo('Y');
    }

    @Test
    void checkCharacterForRejectsWrongInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacterFor("9135"))
                .withMessageContaining("17 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> Uscc.checkCharacterFor("91350100M000100I4"))
                .withMessageContaining("'I' at position 16");
    }

    @Nested
    class Problems {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\u3000"})
        void empty(String raw) {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class, () -> Uscc.parse(raw));

            assertThat(e.problem()).isEqualTo(Problem.EMPTY);
            assertThat(e).hasMessage("A unified social credit code is required, but none was given");
            assertThat(e.position()).isEmpty();
            assertThat(e.expectedCheckCharacter()).isEmpty();
        }

        @Test
        void wrongLengthNamesTheActualLength() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("91350100M000100Y4"));

            assertThat(e.problem()).isEqualTo(Problem.WRONG_LENGTH);
            assertThat(e.length()).isEqualTo(17);
            assertThat(e).hasMessage("A unified social credit code has 18 characters, but '91350100M000100Y4' has 17");
        }

        @Test
        void wrongLengthCountsCharactersNotUtf16Units() {
            // 17 valid characters and one emoji outside the Basic Multilingual Plane: 18 characters, 19 chars
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("91350100M000100Y4\uD83D\uDE00"));

            assertThat(e.problem()).isEqualTo(Problem.BAD_CHARACTER);
            assertThat(e.position()).hasValue(18);
            assertThat(e.character()).hasValue("\uD83D\uDE00");
            assertThat(e).hasMessageContaining("(U+1F600) at position 18");
        }

        @Test
        void badCharacterNamesTheCharacterAndItsPosition() {
            // the letter O typed for the digit 0 at position 10
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("91350100MO00100Y43"));

            assertThat(e.problem()).isEqualTo(Problem.BAD_CHARACTER);
            assertThat(e.position()).hasValue(10);
            assertThat(e.character()).hasValue("O");
            assertThat(e).hasMessage("Character 'O' at position 10 of '91350100MO00100Y43' is not allowed in a"
                    + " unified social credit code: only digits 0-9 and the letters A-Z except I, O, S, V and Z"
                    + " are used");
        }

        @ParameterizedTest
        @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
        void theFiveUnusedLettersAreBadCharacters(char letter) {
            UsccCheck check = Uscc.check("9135010" + letter + "M000100Y43");

            assertThat(check.problem()).hasValue(Problem.BAD_CHARACTER);
            assertThat(check.message()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("Character '" + letter + "' at position 8 ")
                    .contains("except I, O, S, V and Z"));
        }

        @Test
        void invisibleBadCharactersAreNamedByCodePoint() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("9135 0100M000100Y4"));

            assertThat(e.position()).hasValue(5);
            assertThat(e).hasMessageStartingWith("Character U+0020 at position 5 of '9135 0100M000100Y4'");
        }

        @Test
        void fullWidthCharactersAreNamedWithTheirCodePoint() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("９1350100M000100Y43"));

            assertThat(e).hasMessageStartingWith("Character '９' (U+FF19) at position 1 ");
        }

        @Test
        void wrongCheckCharacterNamesTheGivenAndTheExpectedOne() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("91350100M000100Y44"));

            assertThat(e.problem()).isEqualTo(Problem.WRONG_CHECK_CHARACTER);
            assertThat(e.position()).hasValue(18);
            assertThat(e.character()).hasValue("4");
            assertThat(e.expectedCheckCharacter()).hasValue('3');
            assertThat(e).hasMessage("Check character (position 18) of '91350100M000100Y44' is '4',"
                    + " but the first 17 characters call for '3'");
        }

        @Test
        void aCodeCitedInTheBriefIsNotValid() {
            // 911100001000013477 was offered as a possibly real code; by the algorithm its check character is 'U':
            // 9*1 + 1*3 + 1*9 + 1*27 + 1*20 + 1*24 + 3*10 + 4*30 + 7*28 = 438; 438 mod 31 = 4; 31 - 4 = 27 = 'U'
            UsccCheck check = Uscc.check("911100001000013477");

            assertThat(check.isValid()).isFalse();
            assertThat(check.problem()).hasValue(Problem.WRONG_CHECK_CHARACTER);
            assertThat(Uscc.checkCharacterFor("91110000100001347")).isEqualTo('U');
        }

        @Test
        void lengthIsCheckedBeforeCharacters() {
            assertThat(Uscc.check("IOSVZ").problem()).hasValue(Problem.WRONG_LENGTH);
        }
    }

    @Nested
    class Checks {

        @Test
        void aValidCheckHoldsTheCode() {
            UsccCheck check = Uscc.check(" 91350100m000100y43");

            assertThat(check.isValid()).isTrue();
            assertThat(check.input()).isEqualTo("91350100M000100Y43");
            assertThat(check.uscc()).contains(new Uscc("91350100M000100Y43"));
            assertThat(check.problem()).isEmpty();
            assertThat(check.message()).isEmpty();
            assertThat(check.orElseThrow()).isEqualTo(new Uscc("91350100M000100Y43"));
        }

        @Test
        void anInvalidCheckThrowsTheSameProblemOnDemand() {
            UsccCheck check = Uscc.check("91350100M000100Y44");

            assertThat(check.uscc()).isEmpty();
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class, check::orElseThrow);
            assertThat(e.problem()).isEqualTo(Problem.WRONG_CHECK_CHARACTER);
            assertThat(check.message()).hasValue(e.getMessage());
        }
    }
}
