package com.credittown.platform.credit.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.SubjectNames;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Names compared as the clean-up compares them, and when a worked item opens again. */
class CleanupRulesUnitTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void namesDifferingOnlyInWidthSpacesOrCaseAreOneName() {
        assertThat(SubjectNames.same("东莞市虎门（测试）有限公司", " 东莞市虎门(测试) 有限公司")).isTrue();
        assertThat(SubjectNames.same("ＡＢＣ贸易行", "abc贸易行")).isTrue();
        assertThat(SubjectNames.same("东莞市虎门测试有限公司", "东莞市长安测试有限公司")).isFalse();
        assertThat(SubjectNames.normalised(null)).isEmpty();
    }

    private static Detected wrongCodes(String... values) {
        return new Detected("humen|WRONG_CODE|IMPORT|市场监管分局", "humen", CleanupKind.WRONG_CODE, "IMPORT",
                "市场监管分局", null, null, java.util.Arrays.stream(values)
                .map(v -> new Finding(v, "check character", 1, "import 1 row 2")).toList());
    }

    @Test
    void aWorkedItemStaysWorkedForTheSameValuesInAnyOrderAndCountButOpensForANewOne() {
        CleanupItem item = new CleanupItem(wrongCodes("A", "B"), "[]", NOW);
        item.work(CleanupStatus.CORRECTED, "已更正", "humen.officer", NOW);

        assertThat(item.found(wrongCodes("B", "A", "A"), "[]", NOW)).isFalse();
        assertThat(item.status()).isEqualTo(CleanupStatus.CORRECTED);

        assertThat(item.found(wrongCodes("A", "B", "C"), "[]", NOW)).isTrue();
        assertThat(item.status()).isEqualTo(CleanupStatus.OPEN);
        assertThat(item.reopened()).isTrue();
    }

    @Test
    void anOpenItemFoundAgainIsNotCountedAsReopened() {
        CleanupItem item = new CleanupItem(wrongCodes("A"), "[]", NOW);
        assertThat(item.found(wrongCodes("A", "B"), "[]", NOW)).isFalse();
        assertThat(item.reopened()).isFalse();
    }

    @Test
    void reportedTextKeepsItsControlCharactersVisibleAndFitsItsColumn() {
        assertThat(CodeObservation.cut("9144\u0000X\u202e", 100)).isEqualTo("9144U+0000XU+202E");
        assertThat(CodeObservation.cut("x".repeat(150), 100)).hasSize(100).endsWith("…");
    }
}
