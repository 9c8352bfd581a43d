package com.credittown.workflows.inspection;

import java.math.BigDecimal;

/**
 * The body of a PUT of a tenant's sampling ratio ({@link SamplingRatioController}): the ratio in percent (a whole
 * number, 0–100, at or above the city's).
 */
record RatioRequest(BigDecimal ratio) {

    /** The ratio as a whole percentage; a fraction (12.5) is refused rather than rounded. */
    Integer whole() {
        if (ratio == null) {
            return null;
        }
        try {
            return ratio.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new RatioRefused("ratio", "out-of-range", "抽查比例应为 0–100 的整数（单位%），收到 "
                    + ratio.toPlainString(), "the ratio is a whole percentage from 0 to 100, was "
                    + ratio.toPlainString());
        }
    }
}
