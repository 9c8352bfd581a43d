package com.credittown.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.web.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubjectQueryUnitTest {

    @Test
    void aFullCodeOrAPrefixWithADigitIsACodePrefixUpperCased() {
        assertThat(SubjectQuery.parse("91441900MA4W12346U")).isEqualTo(new CodePrefixQuery("91441900MA4W12346U"));
        assertThat(SubjectQuery.parse(" 9144 1900ma ")).isEqualTo(new CodePrefixQuery("91441900MA"));
        assertThat(SubjectQuery.parse("9")).isEqualTo(new CodePrefixQuery("9"));
    }

    @Test
    void chineseTextOrLongerAlphanumericTextIsAName() {
        assertThat(SubjectQuery.parse("虎门")).isEqualTo(new NameQuery("虎门", null));
        assertThat(SubjectQuery.parse("  虎门 \u3000 贸易 ")).isEqualTo(new NameQuery("虎门 贸易", null));
        // 19 characters cannot be a code
        assertThat(SubjectQuery.parse("91441900MA4W12346UA")).isInstanceOf(NameQuery.class);
        // letters only: a name (e.g. TCL), also tried as a code prefix
        assertThat(SubjectQuery.parse("tcl")).isEqualTo(new NameQuery("tcl", "TCL"));
        assertThat(SubjectQuery.parse("9144-1900")).isInstanceOf(NameQuery.class);
    }

    @Test
    void syntaxCharactersAreJustText() {
        assertThat(SubjectQuery.parse("\"虎门 AND (*")).isEqualTo(new NameQuery("\"虎门 AND (*", null));
        assertThat(SubjectQuery.parse("\\")).isEqualTo(new NameQuery("\\", null));
        assertThat(SubjectQuery.parse("{}")).isEqualTo(new NameQuery("{}", null));
    }

    @Test
    void blankAndTooLongQueriesAreRefusedNamingQ() {
        for (String blank : new String[] {null, "", "   ", "\u3000"}) {
            assertThatThrownBy(() -> SubjectQuery.parse(blank))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("q");
                            assertThat(p.message()).isEqualTo("enter at least one character");
                        });
                    });
        }
        assertThat(SubjectQuery.parse("虎".repeat(100))).isInstanceOf(NameQuery.class);
        assertThatThrownBy(() -> SubjectQuery.parse("虎".repeat(101)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("too-long"));
    }

    @Test
    void backOffDoublesUpToItsCap() {
        Duration cap = Duration.ofMinutes(5);
        assertThat(SearchOutboxDispatcher.exponential(Duration.ofSeconds(1), 1, cap)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SearchOutboxDispatcher.exponential(Duration.ofSeconds(1), 4, cap)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SearchOutboxDispatcher.exponential(Duration.ofSeconds(1), 9, cap)).isEqualTo(Duration.ofSeconds(256));
        assertThat(SearchOutboxDispatcher.exponential(Duration.ofSeconds(1), 10, cap)).isEqualTo(cap);
        assertThat(SearchOutboxDispatcher.exponential(Duration.ofSeconds(1), 1000, cap)).isEqualTo(cap);
    }

    @Test
    void theDefaultIndexPrefixIsTheDatabaseName() {
        assertThat(SearchIndexes.indexPrefixOf("credittown_platform_test")).isEqualTo("credittown-platform-test");
        assertThat(SearchIndexes.indexPrefixOf("CREDITTOWN")).isEqualTo("credittown");
        assertThat(SearchIndexes.indexPrefixOf(null)).isEqualTo("credittown");
    }
}
