package com.credittown.workflows.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the credit report (信用报告), under {@code credittown.credit-report}.
 *
 * @param fontFile      the CJK font embedded (subset) in every report: a TrueType/OpenType file or a collection
 *                      (.ttc); Debian's fonts-noto-cjk by default, installed by scripts/ensure-browser.sh
 * @param fontFace      in a collection, the face to use (Simplified Chinese)
 * @param lookbackYears how many years before the issue date the report covers, for the statement that it may stand
 *                      in for a no-violation certificate (信用报告代替无违法违规证明)
 */
@ConfigurationProperties("credittown.credit-report")
record CreditReportSettings(
        @DefaultValue("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc") Path fontFile,
        @DefaultValue("NotoSansCJKsc-Regular") String fontFace,
        @DefaultValue("3") int lookbackYears) {

    CreditReportSettings {
        if (lookbackYears < 1 || lookbackYears > 10) {
            throw new IllegalArgumentException(
                    "credittown.credit-report.lookback-years must be 1 to 10, not " + lookbackYears);
        }
    }
}
