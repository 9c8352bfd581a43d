package com.credittown.workflows.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LedgerPeriodUnitTest {

    @Test
    void monthQuarterAndYearStartInclusiveEndExclusiveInTheCity() {
        LedgerPeriod month = LedgerPeriod.parse("2025-09");
        assertThat(month.start()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(month.end()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(month.nameZh()).isEqualTo("2025年9月");
        assertThat(month.startInstant()).isEqualTo(OffsetDateTime.of(2025, 9, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());

        LedgerPeriod quarter = LedgerPeriod.parse(" 2025-q4 ");
        assertThat(quarter.code()).isEqualTo("2025-Q4");
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(quarter.lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(quarter.nameZh()).isEqualTo("2025年第四季度");

        LedgerPeriod year = LedgerPeriod.parse("2025");
        assertThat(year.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.nameZh()).isEqualTo("2025年");
    }

    @Test
    void anythingElseIsAnInvalidPeriodNamingTheField() {
        for (String bad : new String[] {"2025-13", "2025-00", "2025-Q0", "2025-Q5", "25-09", "2025/09", "Q3-2025", "1999"}) {
            assertThatThrownBy(() -> LedgerPeriod.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e ->
                            assertThat(e.errors()).singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("period");
                                assertThat(p.message()).contains(bad);
                            }));
        }
        assertThatThrownBy(() -> LedgerPeriod.parse(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).code()).isEqualTo("required"));
        assertThatThrownBy(() -> LedgerPeriod.parse(" ")).isInstanceOf(InvalidInputException.class);
    }
}
