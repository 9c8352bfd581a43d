package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnacceptableTextUnitTest {

    @Test
    void textPeopleWriteIsAccepted() {
        assertThat(UnacceptableText.problem("东莞市虎门镇某某食品有限公司")).isEmpty();
        assertThat(UnacceptableText.problem("line one\nline two\ttabbed\r\n")).isEmpty();
        assertThat(UnacceptableText.problem("好评 😀 👨‍👩‍👧 (a family: zero-width joiners)")).isEmpty();
        assertThat(UnacceptableText.problem("שלום עליכם and العربية")).isEmpty();
        assertThat(UnacceptableText.problem(null)).isEmpty();
    }

    @Test
    void hiddenAndBrokenCharactersAreNamedWithTheirPosition() {
        assertThat(UnacceptableText.problem("东莞\u0000商行")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+0000", "control character", "position 3"));
        assertThat(UnacceptableText.problem("ab\ud800")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+D800", "surrogate", "position 3"));
        assertThat(UnacceptableText.problem("\ude00\ud83d")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+DE00", "position 1"));
        assertThat(UnacceptableText.problem("invoice\u202Efdp.exe")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+202E", "bidirectional", "position 8"));
        assertThat(UnacceptableText.problem("9144\u200b1900")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+200B", "zero-width"));
        assertThat(UnacceptableText.problem("a\u0085")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+0085"));
        assertThat(UnacceptableText.problem("x\uffff")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("U+FFFF", "noncharacter"));
        // positions count characters as people see them: an emoji before the NUL is one
        assertThat(UnacceptableText.problem("😀\u0000")).hasValueSatisfying(problem -> assertThat(problem)
                .contains("position 2"));
    }
}
