package com.credittown.platform.credit.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ResidentIdNumberUnitTest {

    private final ResidentIdGenerator generator = new ResidentIdGenerator(new SplittableRandom(11643L));

    @Test
    void thePublishedExampleOfTheStandardIsValid() {
        // The example of GB 11643-1999 itself: Beijing Chaoyang, born 1949-12-31, check character X.
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.divisionCode()).isEqualTo("110105");
        assertThat(ResidentIdNumber.checkCharacterFor("11010519491231002")).isEqualTo('X');
    }

    @Test
    void tenThousandGeneratedNumbersAreValidAndEveryOtherCheckCharacterIsNot() {
        for (int i = 0; i < 10_000; i++) {
            String valid = generator.next("441900");
            ResidentIdNumber.Check check = ResidentIdNumber.check(valid);
            assertThat(check.isValid()).as(check.toString()).isTrue();
            assertThat(check.valid().orElseThrow().value()).isEqualTo(valid);
            if (i % 100 == 0) {
                for (char other : "0123456789X".toCharArray()) {
                    if (other != valid.charAt(17)) {
                        assertThat(ResidentIdNumber.check(valid.substring(0, 17) + other).isValid()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void inputIsNormalised() {
        String valid = ResidentIdGenerator.of("441900", LocalDate.of(1990, 2, 28), 12);
        String lower = valid.substring(0, 17) + Character.toLowerCase(valid.charAt(17));
        assertThat(ResidentIdNumber.parse("  " + lower + " ").value()).isEqualTo(valid);
        // An X check character in lower case (find a sequence number whose check character is X).
        for (int sequence = 0; sequence < 1000; sequence++) {
            String number = ResidentIdGenerator.of("441900", LocalDate.of(1985, 6, 1), sequence);
            if (number.endsWith("X")) {
                assertThat(ResidentIdNumber.parse(number.toLowerCase()).value()).isEqualTo(number);
                return;
            }
        }
        throw new AssertionError("no sequence number gives the check character X");
    }

    @Test
    void wrongLengthIsNamed() {
        assertThat(problem("")).isEqualTo("a resident identity card number is required");
        assertThat(problem("4419001990010112")).contains("has 18 characters").contains("but 16 were given");
        assertThat(problem("441900900101123")).contains("15-digit numbers of first-generation cards");
        assertThat(problem("4419001990010112345")).contains("but 19 were given");
    }

    @Test
    void aBadCharacterIsNamedWithItsPosition() {
        assertThat(problem("4419A0199001011234")).contains("character 'A' at position 5 is not allowed");
        assertThat(problem("44190019900101123Y")).contains("character 'Y' at position 18");
        assertThat(problem("4419001990010112X4")).contains("character 'X' at position 17");
    }

    @Test
    void anImpossibleBirthDateIsNamed() {
        assertThat(problem(withCheck("44190019900230123"))).contains("positions 7–14 are not a possible birth date")
                .contains("that month has no day 30");
        assertThat(problem(withCheck("44190019901301123"))).contains("there is no month 13");
        assertThat(problem(withCheck("44190019900001123"))).contains("there is no month 0");
        assertThat(problem(withCheck("44190017991231123"))).contains("before 1800");
        assertThat(ResidentIdNumber.check(withCheck("44190020000229123")).isValid()).isTrue(); // leap year
        assertThat(problem(withCheck("44190019000229123"))).contains("no day 29"); // 1900 was not
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOneWithoutRepeatingTheNumber() {
        String valid = generator.next("441900");
        char expected = valid.charAt(17);
        char wrong = expected == '0' ? '1' : '0';
        String message = problem(valid.substring(0, 17) + wrong);
        assertThat(message).isEqualTo("wrong check character: the first 17 digits call for '" + expected
                + "', but position 18 is '" + wrong + "'");
        assertThat(message).doesNotContain(valid.substring(0, 17));
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentIdNumber.parse(valid.substring(0, 17) + wrong))
                .withMessage(message);
    }

    @Test
    void aNumberPrintsMasked() {
        String valid = ResidentIdGenerator.of("441900", LocalDate.of(1990, 1, 1), 123);
        ResidentIdNumber number = ResidentIdNumber.parse(valid);
        assertThat(number.toString()).isEqualTo("441900********" + valid.substring(14)).doesNotContain("19900101");
        assertThat(number.masked()).hasSize(18);
        assertThat(ResidentIdNumber.check(valid).toString()).doesNotContain(valid);
    }

    @Test
    void theShapeOfANumberIsRecognised() {
        assertThat(ResidentIdNumber.looksLikeOne("44190019900230123x")).isTrue();
        assertThat(ResidentIdNumber.looksLikeOne("91441900MA4UJ1L01J")).isFalse();
    }

    @Test
    void namesAreMaskedAfterTheFirstCharacter() {
        assertThat(PersonMasks.name("张三丰")).isEqualTo("张**");
        assertThat(PersonMasks.name(" 李四 ")).isEqualTo("李*");
        assertThat(PersonMasks.name("王")).isEqualTo("*");
        assertThat(PersonMasks.name("𠀋小明")).isEqualTo("𠀋**"); // a character outside the BMP counts once
        assertThat(PersonMasks.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    private static String withCheck(String first17) {
        return first17 + ResidentIdGenerator.check(first17);
    }

    private static String problem(String input) {
        ResidentIdNumber.Check check = ResidentIdNumber.check(input);
        assertThat(check.isValid()).isFalse();
        return check.problem().orElseThrow();
    }
}
