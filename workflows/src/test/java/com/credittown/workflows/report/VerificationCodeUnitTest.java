package com.credittown.workflows.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeUnitTest {

    @Test
    void codesAreSixteenCrockfordCharactersAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCode.next();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{16}");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void readsBackWhatAPersonTypes() {
        assertThat(VerificationCode.display("7K3MQ9XT2HDWA4RN")).isEqualTo("7K3M-Q9XT-2HDW-A4RN");
        assertThat(VerificationCode.normalise(" 7k3m-q9xt 2hdw-a4rn ")).contains("7K3MQ9XT2HDWA4RN");
        assertThat(VerificationCode.normalise("O0IL-0000-0000-0000")).contains("0011000000000000");
        assertThat(VerificationCode.normalise("7K3M-Q9XT-2HDW")).isEmpty();
        assertThat(VerificationCode.normalise("7K3M-Q9XT-2HDW-A4R!")).isEmpty();
        assertThat(VerificationCode.normalise(null)).isEmpty();
    }

    @Test
    void aMissingFontIsNamedWithTheFix() {
        CreditReportSettings settings = new CreditReportSettings(Path.of("/nowhere/NotoSansCJK-Regular.ttc"),
                "NotoSansCJKsc-Regular", 3);
        assertThatThrownBy(() -> CreditReportDocument.withFont(settings))
                .isInstanceOf(ReportFontMissingException.class)
                .hasMessageContaining("/nowhere/NotoSansCJK-Regular.ttc is missing")
                .hasMessageContaining("fonts-noto-cjk")
                .hasMessageContaining("credittown.credit-report.font-file");
    }
}
