package com.credittown.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarYearUnitTest {

    private static final String SOURCE = "国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）";

    @Test
    void holidaysAndAdjustedWorkingDaysDecideTheWorkingDays() {
        CalendarYear year = new CalendarYear(2024, SOURCE,
                Map.of(date("2024-02-10"), "春节", date("2024-02-12"), "春节"),
                Map.of(date("2024-02-04"), "春节调休上班"));

        assertThat(year.isWorkingDay(date("2024-02-04"))).as("adjusted Sunday").isTrue();
        assertThat(year.isWorkingDay(date("2024-02-10"))).as("holiday on a Saturday").isFalse();
        assertThat(year.isWorkingDay(date("2024-02-12"))).as("holiday on a Monday").isFalse();
        assertThat(year.isWorkingDay(date("2024-02-13"))).as("plain Tuesday").isTrue();
        assertThat(year.isWorkingDay(date("2024-02-24"))).as("plain Saturday").isFalse();
    }

    @Test
    void keepsAnImmutableCopyInDateOrder() {
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        holidays.put(date("2024-10-02"), "国庆节");
        holidays.put(date("2024-10-01"), "国庆节");

        CalendarYear year = new CalendarYear(2024, SOURCE, holidays, Map.of());
        holidays.clear();

        assertThat(year.holidays().keySet()).containsExactly(date("2024-10-01"), date("2024-10-02"));
        assertThatThrownBy(() -> year.holidays().put(date("2024-10-03"), "国庆节"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAdjustedWorkingDayMustBeASaturdayOrSunday() {
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(), Map.of(date("2024-02-05"), "春节调休上班")))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Adjusted working day 2024-02-05 (春节调休上班) is a Monday;"
                        + " only a Saturday or Sunday can become a working day");
    }

    @Test
    void datesMustBeInTheYear() {
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(date("2025-01-01"), "元旦"), Map.of()))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Holiday 2025-01-01 (元旦) is not in 2024");
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(), Map.of(date("2023-12-31"), "调休")))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Adjusted working day 2023-12-31 (调休) is not in 2024");
    }

    @Test
    void aDateCannotBeBothAHolidayAndAWorkingDay() {
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE,
                Map.of(date("2024-02-04"), "春节"), Map.of(date("2024-02-04"), "春节调休上班")))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("2024-02-04 is listed both as a holiday (春节) and as an adjusted working day (春节调休上班)");
    }

    @Test
    void theSourceAndEveryNameAreRequired() {
        assertThatThrownBy(() -> new CalendarYear(2024, " ", Map.of(), Map.of()))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Calendar 2024 names no source (the notice it follows)");
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(date("2024-01-01"), ""), Map.of()))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Holiday 2024-01-01 has no name");
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(), null))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("no list of adjusted working days");
    }

    @Test
    void namesAndTheSourceFitTheirColumns() {
        String longName = "节".repeat(CalendarYear.MAX_NAME_LENGTH + 1);
        assertThatThrownBy(() -> new CalendarYear(2024, SOURCE, Map.of(date("2024-01-01"), longName), Map.of()))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessage("Holiday 2024-01-01 has a name longer than 100 characters");
        assertThatThrownBy(() -> new CalendarYear(2024, "通".repeat(CalendarYear.MAX_SOURCE_LENGTH + 1), Map.of(),
                Map.of()))
                .hasMessage("The source of calendar 2024 is longer than 500 characters");
        assertThat(new CalendarYear(2024, " " + SOURCE + " ", Map.of(date("2024-01-01"),
                "节".repeat(CalendarYear.MAX_NAME_LENGTH)), Map.of()).source()).isEqualTo(SOURCE);
    }

    @Test
    void answersOnlyForItsOwnYear() {
        CalendarYear year = new CalendarYear(2024, SOURCE, Map.of(), Map.of());

        assertThatIllegalArgumentException().isThrownBy(() -> year.isWorkingDay(date("2025-01-02")))
                .withMessage("2025-01-02 is not in calendar year 2024");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
