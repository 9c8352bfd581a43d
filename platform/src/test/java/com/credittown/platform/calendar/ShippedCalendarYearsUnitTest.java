package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The calendar files shipped in {@code src/main/resources/calendar}, checked against the State Council notices. */
class ShippedCalendarYearsUnitTest {

    private final InMemoryCalendarYears years = InMemoryCalendarYears.fromClasspath();

    @Test
    void shipsTheYearsAnnounced() {
        assertThat(years.years()).contains(2024, 2025, 2026);
        assertThat(years.find(2024).orElseThrow().source())
                .isEqualTo("国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）");
        assertThat(years.find(2025).orElseThrow().source())
                .isEqualTo("国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）");
        assertThat(years.find(2026).orElseThrow().source())
                .isEqualTo("国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）");
    }

    @Test
    void year2024() {
        CalendarYear year = years.find(2024).orElseThrow();

        assertThat(year.holidays()).hasSize(28);
        assertThat(year.adjustedWorkingDays().keySet()).containsExactly(d("2024-02-04"), d("2024-02-18"),
                d("2024-04-07"), d("2024-04-28"), d("2024-05-11"), d("2024-09-14"), d("2024-09-29"), d("2024-10-12"));
        assertThat(year.holidays()).containsEntry(d("2024-02-10"), "春节").containsEntry(d("2024-02-17"), "春节")
                .containsEntry(d("2024-06-10"), "端午节").containsEntry(d("2024-10-07"), "国庆节");
    }

    @Test
    void year2025() {
        CalendarYear year = years.find(2025).orElseThrow();

        assertThat(year.holidays()).hasSize(28);
        assertThat(year.adjustedWorkingDays().keySet()).containsExactly(d("2025-01-26"), d("2025-02-08"),
                d("2025-04-27"), d("2025-09-28"), d("2025-10-11"));
        assertThat(year.holidays()).containsKeys(d("2025-01-28"), d("2025-02-04"), d("2025-05-31"), d("2025-06-02"),
                d("2025-10-08"));
    }

    @Test
    void year2026() {
        CalendarYear year = years.find(2026).orElseThrow();

        assertThat(year.holidays()).hasSize(33);
        assertThat(year.adjustedWorkingDays().keySet()).containsExactly(d("2026-01-04"), d("2026-02-14"),
                d("2026-02-28"), d("2026-05-09"), d("2026-09-20"), d("2026-10-10"));
        assertThat(year.holidays()).containsKeys(d("2026-01-03"), d("2026-02-15"), d("2026-02-23"), d("2026-06-19"),
                d("2026-09-25"), d("2026-10-07"));
    }

    @Test
    void workingDaysPerYear() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(years);

        // 2024: 366 days - 104 weekend days - 19 holidays on weekdays + 8 adjusted weekend days = 251
        assertThat(calendar.workingDaysBetween(d("2024-01-01"), d("2025-01-01")))
                .isEqualTo(WorkingDayAnswer.covered(251));
        // 2025: 365 - 104 - 18 + 5 = 248
        assertThat(calendar.workingDaysBetween(d("2025-01-01"), d("2026-01-01")))
                .isEqualTo(WorkingDayAnswer.covered(248));
        // 2026: 365 - 104 - 19 + 6 = 248
        assertThat(calendar.workingDaysBetween(d("2026-01-01"), d("2027-01-01")))
                .isEqualTo(WorkingDayAnswer.covered(248));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
