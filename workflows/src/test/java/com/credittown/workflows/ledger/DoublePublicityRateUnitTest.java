package com.credittown.workflows.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 双公示 rate is the plan's 数据总体达标率 (data quality overall, (二)): rows the imports rejected count in the
 * denominator; timeliness alone is shown beside it.
 */
class DoublePublicityRateUnitTest {

    @Test
    void rejectedRowsLowerTheOverallRateButNotTimeliness() {
        TenantLedger.DoublePublicity figures = TenantLedger.DoublePublicity.of(8, 6, 2, 40);

        assertThat(figures.late()).isEqualTo(2);
        assertThat(figures.rejected()).isEqualTo(2);
        assertThat(figures.compliantRate()).isEqualByComparingTo(new BigDecimal("0.6000"));
        assertThat(figures.timelyRate()).isEqualByComparingTo(new BigDecimal("0.7500"));
        assertThat(figures.averageWorkingDays()).isEqualByComparingTo(new BigDecimal("5.00"));
    }

    @Test
    void withoutRejectedRowsBothRatesAgree() {
        TenantLedger.DoublePublicity figures = TenantLedger.DoublePublicity.of(4, 3, 0, 15);

        assertThat(figures.compliantRate()).isEqualByComparingTo(figures.timelyRate())
                .isEqualByComparingTo(new BigDecimal("0.7500"));
    }

    @Test
    void onlyRejectedRowsRateZeroAndNothingSubmittedRatesNothing() {
        TenantLedger.DoublePublicity rejectedOnly = TenantLedger.DoublePublicity.of(0, 0, 3, 0);
        assertThat(rejectedOnly.compliantRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rejectedOnly.timelyRate()).isNull();

        TenantLedger.DoublePublicity none = TenantLedger.DoublePublicity.of(0, 0, 0, 0);
        assertThat(none.compliantRate()).isNull();
        assertThat(none.timelyRate()).isNull();
    }

    @Test
    void theCitysTotalRecomputesTheRateFromSummedRowsIncludingRejectedOnes() {
        TenantLedger a = ledger("a", TenantLedger.DoublePublicity.of(4, 4, 0, 8));
        TenantLedger b = ledger("b", TenantLedger.DoublePublicity.of(4, 2, 4, 8));

        TenantLedger total = TenantLedger.totalOf("2025-Q3", List.of(a, b));

        assertThat(total.doublePublicity().rejected()).isEqualTo(4);
        assertThat(total.doublePublicity().compliantRate()).isEqualByComparingTo(new BigDecimal("0.5000"));
        assertThat(total.doublePublicity().timelyRate()).isEqualByComparingTo(new BigDecimal("0.7500"));
    }

    private static TenantLedger ledger(String tenant, TenantLedger.DoublePublicity figures) {
        TenantLedger empty = TenantLedger.totalOf("2025-Q3", List.of());
        return new TenantLedger(tenant, tenant, "2025-Q3", figures, empty.severeDishonesty(), empty.commitments(),
                empty.repairs(), 0, empty.rectifications(), empty.districts(), empty.supervision(), empty.keyTasks(),
                TenantLedger.PENDING);
    }
}
