package com.credittown.platform.uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.credittown.platform.uscc.InvalidUsccException.Problem;
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
            // its organisation code 100001347 fails first: 1*3 + 1*8 + 3*4 + 4*2 = 31; 31 mod 11 = 9; 11 - 9 = 2
            assertThat(check.problem()).hasValue(Problem.WRONG_ORGANISATION_CODE_CHECK);
            assertThat(check.message()).hasValueSatisfying(message -> assertThat(message)
                    .contains("'100001347' calls for the GB 11714 check character '2'"));
            assertThat(Uscc.checkCharacterFor("91110000100001347")).isEqualTo('U');
        }

        @Test
        void eighteenZerosAreRefusedAtPosition1ThoughTheirCheckCharacterIsRight() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("000000000000000000"));

            assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_REGISTRATION_AUTHORITY);
            assertThat(e.position()).hasValue(1);
            assertThat(e.character()).hasValue("0");
            assertThat(e).hasMessage("Position 1 of '000000000000000000' is '0', which is not a registration authority"
                    + " (登记管理部门代码) of GB 32100-2015: the authorities are 1, 2, 3, 4, 5, 6, 7, 8, 9, A, N, Y");
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

    /** One test per rule and position of GB 32100-2015; each code is valid but for the rule under test. */
    @Nested
    class Parts {

        @ParameterizedTest
        @ValueSource(strings = {
                "11441900MA4WH2H2X", // 1 机构编制, 1 机关
                "12441900MA4WH2H2X", // 1 机构编制, 2 事业单位
                "13441900MA4WH2H2X", // 1 机构编制, 3 群众团体
                "19441900MA4WH2H2X", // 1 机构编制, 9 其他
                "21441900MA4WH2H2X", // 2 外交
                "35441900MA4WH2H2X", // 3 司法行政, 5 仲裁委员会
                "41441900MA4WH2H2X", // 4 文化
                "53441900MA4WH2H2X", // 5 民政, 3 基金会
                "62441900MA4WH2H2X", // 6 旅游
                "72441900MA4WH2H2X", // 7 宗教, 2 宗教院校
                "81441900MA4WH2H2X", // 8 工会
                "93441900MA4WH2H2X", // 9 工商, 3 农民专业合作社
                "A1441900MA4WH2H2X", // A 中央军委改革和编制办公室
                "N2441900MA4WH2H2X", // N 农业, 2 村级集体经济组织
                "Y1441900MA4WH2H2X"  // Y 其他
        })
        void everyAuthorityAndTypeOfTheStandardIsAccepted(String first16AndX) {
            // positions 9-16 'MA4WH2H2' call for the organisation-code check '6'
            String first17 = first16AndX.substring(0, 16) + "6";

            assertThat(Uscc.check(first17 + Uscc.checkCharacterFor(first17)).isValid()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(chars = {'0', 'B', 'C', 'M', 'X'})
        void position1MustBeARegistrationAuthority(char authority) {
            UsccCheck check = Uscc.check(valid(authority + "1441900MA4WH2H26"));

            assertThat(check.problem()).hasValue(Problem.UNKNOWN_REGISTRATION_AUTHORITY);
            assertThat(check.message()).hasValueSatisfying(message -> assertThat(message)
                    .startsWith("Position 1 of '" + authority + "1441900MA4WH2H26")
                    .contains("is '" + authority + "', which is not a registration authority (登记管理部门代码)"));
        }

        @Test
        void position2MustBeATypeTheAuthorityIssues() {
            // market regulation (9) issues 1, 2 and 3 only
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse(valid("94441900MA4WH2H26")));

            assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_ENTITY_TYPE);
            assertThat(e.position()).hasValue(2);
            assertThat(e).hasMessageStartingWith("Position 2 of '94441900MA4WH2H26")
                    .hasMessageEndingWith("is '4', which is not an entity type (机构类别代码) that registration"
                            + " authority 9 (工商（市场监管）, industry and commerce (market regulation)) issues under"
                            + " GB 32100-2015: it issues 1 企业, 2 个体工商户, 3 农民专业合作社");
        }

        @ParameterizedTest
        @ValueSource(strings = {"19", "59", "39"})
        void nineIsOtherOnlyWhereTheAuthorityHasIt(String authorityAndType) {
            assertThat(Uscc.check(valid(authorityAndType + "441900MA4WH2H26")).isValid()).isTrue();
            assertThat(Uscc.check(valid("99441900MA4WH2H26")).problem()).hasValue(Problem.UNKNOWN_ENTITY_TYPE);
            assertThat(Uscc.check(valid("Y9441900MA4WH2H26")).problem()).hasValue(Problem.UNKNOWN_ENTITY_TYPE);
        }

        @Test
        void positions3To8MustBeDigits() {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse(valid("914419A0MA4WH2H26")));

            assertThat(e.problem()).isEqualTo(Problem.BAD_DIVISION);
            assertThat(e.position()).hasValue(7);
            assertThat(e).hasMessageEndingWith("are the administrative division code (登记管理机关行政区划码, GB/T 2260)"
                    + " of six digits, e.g. 441900 for Dongguan, but position 7 of '4419A0' is 'A'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"00", "10", "16", "20", "39", "47", "55", "60", "70", "72", "80", "83", "99"})
        void positions3And4MustBeAProvince(String province) {
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse(valid("91" + province + "1900MA4WH2H26")));

            assertThat(e.problem()).isEqualTo(Problem.BAD_DIVISION);
            assertThat(e.position()).hasValue(3);
            assertThat(e).hasMessageEndingWith("are '" + province + "', which is not a province code of GB/T 2260"
                    + " (11 to 82, e.g. 44 for Guangdong), so '" + province + "1900' is not an administrative division"
                    + " code (登记管理机关行政区划码)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"11", "44", "65", "71", "81", "82"})
        void everyProvinceOfGbt2260IsAccepted(String province) {
            assertThat(Uscc.check(valid("91" + province + "0000MA4WH2H26")).isValid()).isTrue();
        }

        @Test
        void position17MustBeTheGb11714CheckOfTheOrganisationCode() {
            // the old demo code of humen.merchant: its position 18 is right, its position 17 is not
            InvalidUsccException e = catchThrowableOfType(InvalidUsccException.class,
                    () -> Uscc.parse("91441900MA4WDEM012"));

            assertThat(e.problem()).isEqualTo(Problem.WRONG_ORGANISATION_CODE_CHECK);
            assertThat(e.position()).hasValue(17);
            assertThat(e.character()).hasValue("1");
            assertThat(e.expectedCheckCharacter()).hasValue('2');
            assertThat(e).hasMessage("Position 17 of '91441900MA4WDEM012' is '1', but the organisation code"
                    + " (组织机构代码, positions 9-17) 'MA4WDEM01' calls for the GB 11714 check character '2'"
                    + " (weights 3, 7, 9, 10, 5, 8, 4, 2 over positions 9-16)");
        }

        @Test
        void theOrganisationCodeCheckWritesTenAsXAndElevenAsZero() {
            // 'MA4W7001': 22*3 + 10*7 + 4*9 + 32*10 + 7*5 + 0 + 0 + 1*2 = 529; 529 mod 11 = 1; 11 - 1 = 10 -> 'X'
            assertThat(Uscc.check("91441900MA4W7001XY").isValid()).isTrue();
            // '00000000': sum 0, 11 - 0 = 11 -> '0'
            assertThat(Uscc.check(valid("9144190000000000" + "0")).isValid()).isTrue();
            assertThat(Uscc.check(valid("91441900MA4W70010")).problem()).hasValue(Problem.WRONG_ORGANISATION_CODE_CHECK);
        }

        @Test
        void thePartsAreCheckedInTheOrderOfTheirPositions() {
            // every part is wrong: the first one is named
            assertThat(Uscc.check("0000000000000000011").problem()).hasValue(Problem.WRONG_LENGTH);
            assertThat(Uscc.check("B4AB1900MA4WDEM011").problem()).hasValue(Problem.UNKNOWN_REGISTRATION_AUTHORITY);
            assertThat(Uscc.check("94AB1900MA4WDEM011").problem()).hasValue(Problem.UNKNOWN_ENTITY_TYPE);
            assertThat(Uscc.check("91AB1900MA4WDEM011").problem()).hasValue(Problem.BAD_DIVISION);
            assertThat(Uscc.check("91441900MA4WDEM011").problem()).hasValue(Problem.WRONG_ORGANISATION_CODE_CHECK);
            assertThat(Uscc.check("91441900MA4WDEM021").problem()).hasValue(Problem.WRONG_CHECK_CHARACTER);
            assertThat(Uscc.check("91441900MA4WDEM025").isValid()).isTrue();
        }

        /** The 17 characters with their right check character (position 18). */
        private static String valid(String first17) {
            return first17 + Uscc.checkCharacterFor(first17);
        }
    }
}
